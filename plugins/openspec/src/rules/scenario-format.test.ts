import { readRuleDocCases } from '@specloom/testing';
import { CAPABILITY_SPEC_PATH, fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './scenario-format.js';

const docs = readRuleDocCases(new URL('./scenario-format.md', import.meta.url), { filePath: CAPABILITY_SPEC_PATH });

tester.run('openspec/scenario-format', rule, {
  valid: [...docs.valid, { name: 'a real capability spec', files: [fixtureFile('valid/openspec/specs/auth/spec.md')] }],
  invalid: docs.invalid,
});
