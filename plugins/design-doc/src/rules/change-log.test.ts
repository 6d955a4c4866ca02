import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './change-log.js';

const docs = readRuleDocCases(new URL('./change-log.md', import.meta.url));

tester.run('design-doc/change-log', rule, {
  valid: [
    ...docs.valid,
    {
      name: '`v1.1.0` matches a quoted front matter version `1.1`',
      ...fixtureCase('valid/review-telemetry-pipeline.md', [['| 1.1 | 2026-08-03 |', '| v1.1.0 | 2026-08-03 |']]),
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the newest version of the invalid fixture',
      ...fixtureCase('invalid/changelog-version-mismatch.md'),
      errors: [{ message: 'Unexpected newest Change Log version 2.1.0, expected 2.2.0 (front matter version)', line: 229, column: 3 }],
    },
  ],
});
