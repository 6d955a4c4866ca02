import { readRuleDocCases } from '@specloom/testing';
import { DELTA_SPEC_PATH, fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './delta-conflicts.js';

const docs = readRuleDocCases(new URL('./delta-conflicts.md', import.meta.url), { filePath: DELTA_SPEC_PATH });

tester.run('openspec/delta-conflicts', rule, {
  valid: [...docs.valid, { name: 'a real delta spec', files: [fixtureFile('valid/openspec/changes/add-reset-rate-limits/specs/auth/spec.md')] }],
  invalid: docs.invalid,
});
