import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './status-codes.js';

const docs = readRuleDocCases(new URL('./status-codes.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/status-codes', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'an unregistered code in a real RFC',
      ...fixtureCase('valid/0003-charger-command-queue.md', [['- `409 Conflict`', '- `419 Conflict`']]),
      errors: [{ message: 'Unexpected HTTP status code 419, expected a registered status code such as 200 OK or 404 Not Found', line: 65, column: 1 }],
    },
  ],
});
