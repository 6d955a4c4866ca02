import { readWorkspaceDocCases } from '@specloom/testing';
import { tester } from '../../test/lint-rule.js';
import rule from './feature-branch.js';

const docs = readWorkspaceDocCases(new URL('./feature-branch.md', import.meta.url));

tester.run('spec-kit/feature-branch', rule, {
  valid: docs.valid,
  invalid: docs.invalid,
});
