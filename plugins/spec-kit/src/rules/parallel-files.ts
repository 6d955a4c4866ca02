import path from 'node:path';
import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { TASKS } from '../utils/template-ids.js';
import { normalizePath, taskLines, type TaskLine } from '../utils/task-lines.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow two [P] tasks of one phase that touch the same file',
      url: ruleDocsUrl('parallel-files'),
      recommended: true,
    },
    templates: [TASKS],
    defaultSeverity: 'error',
    messages: {
      sameFile: 'Unexpected [P] task {{id}} touching "{{file}}" like [P] task {{other}} in "{{phase}}", expected parallel tasks on different files',
      sameName:
        'Unexpected [P] task {{id}} touching "{{file}}", which may be "{{otherFile}}" of [P] task {{other}} in "{{phase}}", expected parallel tasks on different files',
    },
  },

  create(context) {
    return {
      document() {
        const byPhase = new Map<unknown, TaskLine[]>();
        for (const task of taskLines(context.document)) {
          if (!task.parallel) continue;
          const tasks = byPhase.get(task.phase) ?? [];
          tasks.push(task);
          byPhase.set(task.phase, tasks);
        }
        for (const tasks of byPhase.values()) {
          tasks.forEach((task, index) => {
            const earlier = tasks.slice(0, index);
            for (const file of task.paths.map(normalizePath)) {
              const phase = task.phase?.title ?? 'the task list';
              // `[P]` means "different files" in spec-kit's own legend: the same path twice is certainly wrong.
              const same = earlier.find((other) => other.paths.map(normalizePath).includes(file));
              if (same) {
                context.report({ messageId: 'sameFile', data: { id: task.id, file, other: same.id, phase }, position: task.idPosition });
                break;
              }
              // A bare file name may or may not be the other task's file: a warning.
              const otherFile = earlier
                .flatMap((other) => other.paths.map((candidate) => ({ other, candidate: normalizePath(candidate) })))
                .find(({ candidate }) => (!file.includes('/') || !candidate.includes('/')) && path.posix.basename(candidate) === path.posix.basename(file));
              if (otherFile) {
                context.report({
                  messageId: 'sameName',
                  data: { id: task.id, file, otherFile: otherFile.candidate, other: otherFile.other.id, phase },
                  position: task.idPosition,
                  severity: 'warn',
                });
                break;
              }
            }
          });
        }
      },
    };
  },
};

export default rule;
