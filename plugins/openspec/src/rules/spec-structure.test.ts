import { readRuleDocCases } from '@specloom/testing';
import { CAPABILITY_SPEC_PATH, fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './spec-structure.js';

const docs = readRuleDocCases(new URL('./spec-structure.md', import.meta.url), { filePath: CAPABILITY_SPEC_PATH });

tester.run('openspec/spec-structure', rule, {
  valid: [...docs.valid, { name: 'a real capability spec', files: [fixtureFile('valid/openspec/specs/auth/spec.md')] }],
  invalid: docs.invalid,
});
