import { readRuleDocCases } from '@specloom/testing';
import { fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './requirement-ids.js';

const docs = readRuleDocCases(new URL('./requirement-ids.md', import.meta.url));
const SPEC = 'valid/specs/014-workspace-invite-links/spec.md';

tester.run('spec-kit/requirement-ids', rule, {
  valid: [...docs.valid, { name: 'a real spec', files: [fixtureFile(SPEC)] }],
  invalid: [
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('**FR-2**', '**FR-002**') },
    {
      name: 'a lowercase ID is fixed to the format',
      files: [{ ...fixtureFile(SPEC, [['**FR-004**', '**fr-004**']]), output: fixtureFile(SPEC).code }],
      errors: [{ message: 'Unexpected ID "fr-004", expected "FR-004"', line: 80, column: 5, endColumn: 11 }],
    },
    {
      name: 'padding is not offered when the padded ID is taken',
      files: [fixtureFile(SPEC, [['**FR-004**', '**FR-3**']])],
      errors: [{ message: 'Unexpected ID "FR-3", expected FR- and three digits (FR-001)', line: 80, column: 5 }],
    },
  ],
});
