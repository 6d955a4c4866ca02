import { readRuleDocCases } from '@specloom/testing';
import { fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './parallel-files.js';

const docs = readRuleDocCases(new URL('./parallel-files.md', import.meta.url));

tester.run('spec-kit/parallel-files', rule, {
  valid: [
    ...docs.valid,
    { name: 'a real task list', files: [fixtureFile('valid/specs/014-workspace-invite-links/tasks.md')] },
    {
      name: 'prose such as "e.g." and "and/or" is not a path',
      code: '# Tasks: Invite links\n\n## Phase 1: Setup\n\n- [ ] T001 [P] Pick a token format, e.g. opaque and/or signed\n- [ ] T002 [P] Document the choice, e.g. in the ADR and/or the README\n',
    },
  ],
  invalid: [
    { ...docs.invalid[0], errors: docs.invalid[0].errors.map((error, index) => ({ ...error, severity: index === 0 ? 2 : 1 })) },
    {
      name: 'a real task list with two parallel tasks on one test file',
      files: [fixtureFile('invalid/specs/111-parallel-same-file/tasks.md')],
      errors: [{ line: 45, column: 7, severity: 2 }],
    },
  ],
});
