import { readRuleDocCases } from '@specloom/testing';
import { fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './acceptance-scenarios.js';

const docs = readRuleDocCases(new URL('./acceptance-scenarios.md', import.meta.url));
const SPEC = 'valid/specs/014-workspace-invite-links/spec.md';

tester.run('spec-kit/acceptance-scenarios', rule, {
  valid: [
    ...docs.valid,
    { name: 'a real spec', files: [fixtureFile(SPEC)] },
    {
      name: 'scenarios without the label count when they read Given/When/Then',
      code: '# Feature Specification: Invite links\n\n**Feature Branch**: `014-invite-links`\n\n## User Scenarios & Testing\n\n### User Story 1 - Invite (Priority: P1)\n\n- Given an admin, when they create a link, then it is shown.\n',
    },
  ],
  invalid: [
    { ...docs.invalid[0], errors: docs.invalid[0].errors.map((error, index) => ({ ...error, severity: index === 0 ? 1 : 2 })) },
    {
      name: 'a real story whose only scenario is free prose',
      files: [fixtureFile('invalid/specs/106-story-without-scenario/spec.md')],
      errors: [
        {
          message:
            'Missing acceptance scenario in "User Story 3 - Revoke a link (Priority: P3)", expected "**Acceptance Scenarios**:" with "1. **Given** …, **When** …, **Then** …"',
          line: 48,
          column: 1,
        },
      ],
    },
  ],
});
