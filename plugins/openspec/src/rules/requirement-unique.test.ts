import { readRuleDocCases } from '@specloom/testing';
import { CAPABILITY_SPEC_PATH, fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './requirement-unique.js';

const docs = readRuleDocCases(new URL('./requirement-unique.md', import.meta.url), { filePath: CAPABILITY_SPEC_PATH });

tester.run('openspec/requirement-unique', rule, {
  valid: [...docs.valid, { name: 'a real capability spec', files: [fixtureFile('valid/openspec/specs/auth/spec.md')] }],
  invalid: docs.invalid,
});
