import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './decision-status.js';

const docs = readRuleDocCases(new URL('./decision-status.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/decision-status', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'an approved RFC whose decision is still open',
      ...fixtureCase('valid/0001-api-version-header.md', [['- [x] **Approved**', '- [ ] **Approved**']]),
      errors: [{ message: 'Unexpected decision for an approved RFC: nothing checked, expected **Approved** checked', line: 189, column: 1, severity: 2 }],
    },
    {
      name: 'a decided draft is a warning',
      ...fixtureCase('valid/0003-charger-command-queue.md', [['- [ ] **Deferred**', '- [x] **Deferred**']]),
      errors: [
        { message: 'Unexpected decision **Deferred** checked while the status is draft, expected no decision before review', line: 209, column: 1, severity: 1 },
      ],
    },
  ],
});
