import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './decision-single.js';

const docs = readRuleDocCases(new URL('./decision-single.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/decision-single', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'the second checked decision of the invalid fixture',
      ...fixtureCase('invalid/multiple-decisions-checked.md'),
      errors: [{ message: 'Expected at most one decision checked, found Approved and Deferred', line: 191, column: 1 }],
    },
  ],
});
