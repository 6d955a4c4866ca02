import { readWorkspaceDocCases } from '@specloom/testing';
import { tester } from '../../test/lint-rule.js';
import rule from './task-coverage.js';

const docs = readWorkspaceDocCases(new URL('./task-coverage.md', import.meta.url));

tester.run('spec-kit/task-coverage', rule, {
  valid: docs.valid,
  invalid: docs.invalid,
});
