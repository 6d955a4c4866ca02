import { readRuleDocCases } from '@specloom/testing';
import { DELTA_SPEC_PATH, fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './requirement-keyword.js';

const docs = readRuleDocCases(new URL('./requirement-keyword.md', import.meta.url), { filePath: DELTA_SPEC_PATH });

tester.run('openspec/requirement-keyword', rule, {
  valid: [...docs.valid, { name: 'a real delta spec', files: [fixtureFile('valid/openspec/changes/add-reset-rate-limits/specs/auth/spec.md')] }],
  invalid: docs.invalid,
});
