import { readRuleDocCases } from '@specloom/testing';
import { TASKS_PATH, fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './task-checkboxes.js';

const docs = readRuleDocCases(new URL('./task-checkboxes.md', import.meta.url), { filePath: TASKS_PATH });

tester.run('openspec/task-checkboxes', rule, {
  valid: [...docs.valid, { name: 'a real task list', files: [fixtureFile('valid/openspec/changes/add-reset-rate-limits/tasks.md')] }],
  invalid: docs.invalid,
});
