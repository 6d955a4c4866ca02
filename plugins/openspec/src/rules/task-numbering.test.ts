import { readRuleDocCases } from '@specloom/testing';
import { TASKS_PATH, fixtureFile, tester } from '../../test/lint-rule.js';
import rule from './task-numbering.js';

const docs = readRuleDocCases(new URL('./task-numbering.md', import.meta.url), { filePath: TASKS_PATH });

tester.run('openspec/task-numbering', rule, {
  valid: [...docs.valid, { name: 'a real task list', files: [fixtureFile('valid/openspec/changes/add-reset-rate-limits/tasks.md')] }],
  invalid: docs.invalid,
});
