import { readFileSync } from 'node:fs';
import { readRuleDocCases } from '@specloom/testing';
import { fixture, fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './front-matter.js';

const docs = readRuleDocCases(new URL('./front-matter.md', import.meta.url));
const [unknownKeys, misspeltKeys] = docs.invalid;
if (!unknownKeys || !misspeltKeys) throw new Error('front-matter.md: expected two invalid examples');
const withAuthors = fixtureCase('valid/draft-roaming-hub-gateway.md', [['author: Priya Raman', 'author: [Priya Raman, Ravi Iyer]\njira: GRID-1042']]);
const noReviewers = 'Expected at least one reviewer once the status is review';
const fixedKeys = misspeltKeys.code.replace('auther:', 'author:').replace('Version:', 'version:');

tester.run('design-doc/front-matter', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'the unfilled template front matter is left to the placeholder rule',
      code: readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8'),
    },
    { name: 'a minor version 10 is read as written', ...fixtureCase('valid/draft-roaming-hub-gateway.md', [['version: 1.0', 'version: 1.10']]) },
    { name: 'unknown keys the team allows, and a list of authors', ...withAuthors, options: { allow: ['jira'] } },
  ],
  invalid: [
    {
      // Unknown keys warn; everything else is an error.
      ...unknownKeys,
      errors: unknownKeys.errors.map((error, index) => ({ ...error, severity: index === 4 ? 1 : 2 })),
    },
    {
      ...misspeltKeys,
      name: `${misspeltKeys.name}: misspelt keys are suggested, never fixed`,
      errors: misspeltKeys.errors.map((error) => ({ ...error, severity: 2 })),
      output: null,
    },
    { name: 'after that fix only the missing reviewer is left', code: fixedKeys, errors: [{ message: noReviewers, line: 7, column: 12 }] },
    {
      name: 'the missing key is named on the opening fence of a real document',
      ...fixtureCase('invalid/missing-front-matter-key.md'),
      errors: [{ message: 'Missing front matter key `author`, expected a name (or a list of names)', line: 1, column: 1 }],
    },
    {
      name: 'an empty reviewer list once the status is review, on the value',
      ...fixtureCase('invalid/review-without-reviewers.md'),
      errors: [{ message: noReviewers, line: 7, column: 12 }],
    },
    {
      name: 'no reviewers key once the status is review, on the opening fence',
      ...fixtureCase('valid/review-telemetry-pipeline.md', [['reviewers:\n  - Marcus Obi\n  - Lena Fischer\n  - Daniel Mensah\n', '']]),
      errors: [{ message: noReviewers, line: 1, column: 1 }],
    },
    {
      name: 'a status that differs only in letter case is fixed',
      ...fixtureCase('valid/approved-payment-retry-scheduler.md', [['status: approved', 'status: Approved']]),
      errors: [{ message: 'Unexpected status `Approved`, expected `approved`', line: 5, column: 9 }],
      output: fixture('valid/approved-payment-retry-scheduler.md').text,
    },
    {
      name: 'the version is checked as written, not as YAML reads it',
      ...fixtureCase('valid/draft-roaming-hub-gateway.md', [['version: 1.0', 'version: 1']]),
      errors: [{ message: 'Unexpected version `1`, expected `1.0` or a semantic version such as `2.1.0`', line: 6, column: 10 }],
    },
    {
      name: 'a created date in the future',
      ...fixtureCase('valid/draft-roaming-hub-gateway.md', [['created: 2026-09-07', 'created: 2027-01-04']]),
      errors: [{ message: 'Unexpected created date 2027-01-04 in the future, expected on or before today (2026-11-22)', line: 4, column: 10 }],
    },
    {
      name: 'a created date that is not a calendar day',
      ...fixtureCase('valid/draft-roaming-hub-gateway.md', [['created: 2026-09-07', 'created: 07/09/2026']]),
      errors: [{ message: 'Unexpected created `07/09/2026`, expected an ISO date (YYYY-MM-DD)', line: 4, column: 10 }],
    },
    {
      name: 'an unknown key warns unless the team allows it',
      ...withAuthors,
      errors: [
        {
          message: 'Unexpected front matter key `jira`, expected one of title, author, created, status, version or reviewers',
          line: 4,
          column: 1,
          severity: 1,
        },
      ],
    },
    {
      name: 'a document without front matter',
      code: '# Notification Service\n\n## Overview\nOne delivery path.\n',
      errors: [
        { message: 'Missing YAML front matter, expected a `---` block with title, author, created, status, version and reviewers', line: 1, column: 1 },
      ],
    },
    {
      name: 'front matter that is not key-value pairs',
      code: '---\n- title\n- status\n---\n\n# Notification Service\n',
      errors: [
        {
          message: 'Unexpected front matter that is not `key: value` pairs, expected title, author, created, status, version and reviewers',
          line: 1,
          column: 1,
        },
      ],
    },
  ],
});
