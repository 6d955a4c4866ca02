import { readWorkspaceDocCases } from '@specloom/testing';
import { tester } from '../../test/lint-rule.js';
import rule from './change-deltas.js';

const docs = readWorkspaceDocCases(new URL('./change-deltas.md', import.meta.url));

tester.run('openspec/change-deltas', rule, {
  valid: docs.valid,
  invalid: docs.invalid,
});
