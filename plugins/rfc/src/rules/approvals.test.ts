import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './approvals.js';

const docs = readRuleDocCases(new URL('./approvals.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/approvals', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'the unchecked approval of the invalid fixture',
      ...fixtureCase('invalid/approved-missing-approval.md'),
      errors: [{ message: 'Approved RFC has an unchecked approval (Product Owner), expected every Approval line checked', line: 229, column: 1 }],
    },
  ],
});
