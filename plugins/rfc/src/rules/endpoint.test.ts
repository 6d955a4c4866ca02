import { readRuleDocCases } from '@specloom/testing';
import { fixture, fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './endpoint.js';

const docs = readRuleDocCases(new URL('./endpoint.md', import.meta.url), { filePath: RFC_FILE_NAME });

const endpointLine = '`POST /api/v1/chargers/{chargerId}/commands`';

tester.run('rfc/endpoint', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'an outbound call to a URL the RFC does not own',
      ...fixtureCase('valid/0003-charger-command-queue.md', [[endpointLine, '`POST {merchant_webhook_url}` (outbound, sent by us)']]),
    },
    {
      name: 'prose about the routes, with an example endpoint',
      ...fixtureCase('valid/0003-charger-command-queue.md', [
        [endpointLine, 'every public route under `/api/v1/`. Example: `GET /api/v1/chargers/77`'],
      ]),
    },
  ],
  invalid: [
    // Only the letter case of a method is certain enough to fix.
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('`get /api', '`GET /api') },
    {
      name: 'an endpoint without a method in a real RFC',
      ...fixtureCase('valid/0003-charger-command-queue.md', [['`POST /api/v1/chargers/{chargerId}/commands`', '`/api/v1/chargers/{chargerId}/commands`']]),
      errors: [
        {
          message:
            'Unexpected endpoint `/api/v1/chargers/{chargerId}/commands` without an HTTP method, expected `METHOD /path` such as `GET /api/v1/chargers/{chargerId}/commands`',
          line: 37,
          column: 15,
        },
      ],
    },
    {
      name: 'a method with nothing after it is an error; a word that is not a path is a warning',
      ...fixtureCase('valid/0003-charger-command-queue.md', [[endpointLine, '`POST`']]),
      errors: [{ message: 'Unexpected endpoint `POST` without a path, expected `POST /path`', line: 37, column: 15 }],
    },
    {
      name: 'a word that may name a path is a warning',
      ...fixtureCase('valid/0003-charger-command-queue.md', [[endpointLine, '`POST commands`']]),
      errors: [{ message: 'Unexpected endpoint `POST commands` without a path, expected `POST /path`', line: 37, column: 15, severity: 1 }],
    },
    {
      name: 'a lower-case method inside inline code is fixed',
      ...fixtureCase('valid/0003-charger-command-queue.md', [['`POST /api/v1/chargers', '`post /api/v1/chargers']]),
      errors: [{ message: 'Unexpected HTTP method `post`, expected `POST`', line: 37, column: 16 }],
      output: fixture('valid/0003-charger-command-queue.md').text,
    },
  ],
});
