import { readRuleDocCases } from '@specloom/testing';
import { fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './user-stories.js';

const docs = readRuleDocCases(new URL('./user-stories.md', import.meta.url));
const SPEC = 'valid/specs/014-workspace-invite-links/spec.md';

tester.run('spec-kit/user-stories', rule, {
  valid: [...docs.valid, { name: 'a real spec', files: [fixtureFile(SPEC)] }],
  invalid: [
    { ...docs.invalid[0], errors: docs.invalid[0].errors.map((error, index) => ({ ...error, severity: index === 3 ? 1 : 2 })) },
    {
      name: 'a real story without its priority',
      files: [fixtureFile(SPEC, [['### User Story 2 - Restrict links to the company domain (Priority: P2)', '### User Story 2 - Restrict links to the company domain']])],
      errors: [{ message: 'Missing priority in "User Story 2 - Restrict links to the company domain", expected "(Priority: P1)" (P1 is the most important)', line: 30, column: 1, endColumn: 56 }],
    },
    {
      name: 'the mandatory section without a story',
      code: '# Feature Specification: Invite links\n\n**Feature Branch**: `014-invite-links`\n**Status**: Draft\n\n## User Scenarios & Testing *(mandatory)*\n\nAdmins invite people with a link.\n',
      errors: [
        {
          message: 'Missing user story in "User Scenarios & Testing (mandatory)", expected at least one "### User Story 1 - Title (Priority: P1)"',
          line: 6,
          column: 1,
        },
      ],
    },
  ],
});
