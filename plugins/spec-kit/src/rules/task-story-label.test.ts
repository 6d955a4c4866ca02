import { readWorkspaceDocCases } from '@specloom/testing';
import { tester } from '../../test/lint-rule.js';
import rule from './task-story-label.js';

const docs = readWorkspaceDocCases(new URL('./task-story-label.md', import.meta.url));

tester.run('spec-kit/task-story-label', rule, {
  valid: docs.valid,
  invalid: docs.invalid,
});
