import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { TASKS } from '../utils/template-ids.js';
import { taskLines } from '../utils/task-lines.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require T001-style task IDs in tasks.md, each used once',
      url: ruleDocsUrl('task-ids'),
      recommended: true,
    },
    fixable: 'code',
    templates: [TASKS],
    defaultSeverity: 'error',
    messages: {
      format: 'Unexpected task ID "{{id}}", expected "{{expected}}"',
      formatUnfixable: 'Unexpected task ID "{{id}}", expected T and three digits (T001)',
      duplicate: 'Unexpected duplicate task ID "{{id}}" (first on line {{line}}), expected each task ID once',
    },
  },

  create(context) {
    return {
      document() {
        const tasks = taskLines(context.document);
        const ids = new Set(tasks.map((task) => task.id));
        const firstLine = new Map<string, number>();
        for (const task of tasks) {
          if (/^T\d{3}$/.test(task.id)) {
            const first = firstLine.get(task.id);
            if (first === undefined) firstLine.set(task.id, task.idPosition.start.line);
            else context.report({ messageId: 'duplicate', data: { id: task.id, line: first }, position: task.idPosition });
            continue;
          }
          const number = Number(task.id.slice(1));
          const expected = number <= 999 ? `T${String(number).padStart(3, '0')}` : undefined;
          // Padding is certain only when no other task already has the padded ID.
          if (expected && !ids.has(expected)) {
            context.report({
              messageId: 'format',
              data: { id: task.id, expected },
              position: task.idPosition,
              fix: { range: [task.idPosition.start.offset, task.idPosition.end.offset], text: expected },
            });
          } else {
            context.report({ messageId: 'formatUnfixable', data: { id: task.id }, position: task.idPosition });
          }
        }
      },
    };
  },
};

export default rule;
