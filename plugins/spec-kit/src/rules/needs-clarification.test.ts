import { readRuleDocCases } from '@specloom/testing';
import { fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './needs-clarification.js';

const docs = readRuleDocCases(new URL('./needs-clarification.md', import.meta.url));
const DRAFT = 'drafts/specs/014-workspace-invite-links';

tester.run('spec-kit/needs-clarification', rule, {
  valid: [...docs.valid, { name: 'a real spec with its questions answered', files: [fixtureFile('valid/specs/014-workspace-invite-links/spec.md')] }],
  invalid: [
    { ...docs.invalid[0], errors: docs.invalid[0].errors.map((error) => ({ ...error, severity: 2 })) },
    { ...docs.invalid[1]!, errors: docs.invalid[1]!.errors.map((error) => ({ ...error, severity: 1 })) },
    {
      name: 'a real Draft spec: its two open questions, over several lines, are warnings',
      files: [fixtureFile(`${DRAFT}/spec.md`)],
      errors: [
        {
          message: 'Unexpected unresolved "[NEEDS CLARIFICATION: should their links be revoked automat…", expected the question answered before planning',
          line: 69,
          column: 72,
          endLine: 70,
          endColumn: 53,
          severity: 1,
        },
        { line: 84, column: 77, severity: 1 },
      ],
    },
    {
      name: 'the same spec past Draft: errors',
      files: [fixtureFile(`${DRAFT}/spec.md`, [['**Status**: Draft', '**Status**: In Progress']])],
      errors: [
        {
          message:
            'Unexpected unresolved "[NEEDS CLARIFICATION: should their links be revoked automat…" at status "In Progress", expected every clarification resolved after Draft',
          line: 69,
          severity: 2,
        },
        { line: 84, severity: 2 },
      ],
    },
    {
      name: 'a plan has no status: an open question there is a warning',
      files: [
        fixtureFile(`${DRAFT}/plan.md`, [
          ['**Storage**: PostgreSQL 15 (existing primary database)', '**Storage**: [NEEDS CLARIFICATION: PostgreSQL or the events store?]'],
        ]),
      ],
      errors: [{ message: 'Unexpected unresolved "[NEEDS CLARIFICATION: PostgreSQL or the events store?]", expected the question answered before planning', line: 16, column: 14, severity: 1 }],
    },
  ],
});
