import { readRuleDocCases } from '@specloom/testing';
import { fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './task-ids.js';

const docs = readRuleDocCases(new URL('./task-ids.md', import.meta.url));
const TASKS = 'valid/specs/014-workspace-invite-links/tasks.md';

tester.run('spec-kit/task-ids', rule, {
  valid: [...docs.valid, { name: 'a real task list', files: [fixtureFile(TASKS)] }],
  invalid: [
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('- [ ] T2 [P]', '- [ ] T002 [P]') },
    {
      name: 'a four-digit ID is shortened when the three-digit one is free',
      files: [{ ...fixtureFile(TASKS, [['- [ ] T021 Run', '- [ ] T0022 Run']]), output: fixtureFile(TASKS, [['- [ ] T021 Run', '- [ ] T022 Run']]).code }],
      errors: [{ message: 'Unexpected task ID "T0022", expected "T022"', line: 93, column: 7, endColumn: 12 }],
    },
  ],
});
