import { readRuleDocCases } from '@specloom/testing';
import { fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './requirement-keyword.js';

const docs = readRuleDocCases(new URL('./requirement-keyword.md', import.meta.url));
const SPEC = 'valid/specs/014-workspace-invite-links/spec.md';
const openQuestion: [string, string] = ['- **FR-008**: System MUST limit the number of active links per workspace to 50.', '- **FR-008**: [NEEDS CLARIFICATION: a limit on active links?]'];

tester.run('spec-kit/requirement-keyword', rule, {
  valid: [...docs.valid, { name: 'a real spec', files: [fixtureFile(SPEC)] }],
  invalid: [
    { ...docs.invalid[0], errors: docs.invalid[0].errors.map((error) => ({ ...error, severity: 2 })) },
    {
      name: 'a requirement that is still an open question is a warning while Draft',
      files: [fixtureFile(SPEC, [openQuestion])],
      errors: [{ message: 'Unexpected requirement "FR-008" without MUST, SHOULD or MAY, expected "System MUST …" (RFC 2119 keyword in capitals)', line: 84, column: 5, severity: 1 }],
    },
    {
      name: 'and an error past Draft',
      files: [fixtureFile(SPEC, [openQuestion, ['**Status**: Draft', '**Status**: Approved']])],
      errors: [{ line: 84, column: 5, severity: 2 }],
    },
  ],
});
