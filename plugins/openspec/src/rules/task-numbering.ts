import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { positionInLine, proseLines } from '../utils/source-lines.js';
import { CHANGE_TASKS } from '../utils/template-ids.js';

const groupHeading = /^ {0,3}##[ \t]+(\d+)\.(?:[ \t]|$)/;
const levelTwoHeading = /^ {0,3}##(?!#)(?:[ \t]+|[ \t]*$)/;
/** `- [ ] 1.2 Description`: OpenSpec's task line, and the number that opens its description. */
const taskLine = /^\s*(?:[-*+]|\d{1,9}[.)])\s*\[(?:\s*([^\]\s]?)\s*\](?![([])|\s+\])\s*(.*)/;
const taskId = /^(\d+(?:\.\d+)+(?:[A-Za-z]+)?)(?=\s|$)/;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require task numbers in tasks.md to be unique and to match their "## N." group',
      url: ruleDocsUrl('task-numbering'),
      recommended: true,
    },
    templates: [CHANGE_TASKS],
    defaultSeverity: 'error',
    messages: {
      duplicate: 'Unexpected duplicate task "{{id}}" (first on line {{line}}), expected each task number once',
      group: 'Unexpected task "{{id}}" under group {{group}}, expected a number starting with {{group}}. (or the task moved to group {{taskGroup}})',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const lines = proseLines(document, 0, document.text.length);
        // Numbering means something only where the file numbers its groups (`## 1. Implementation`).
        if (!lines.some((line) => groupHeading.test(line.text))) return;
        let group: string | undefined;
        const first = new Map<string, number>();
        for (const line of lines) {
          if (levelTwoHeading.test(line.text)) group = groupHeading.exec(line.text)?.[1];
          if (group === undefined) continue;
          const task = taskLine.exec(line.text);
          // The task text group takes part in every task line, if only as ''.
          const id = task ? taskId.exec(task[2]!.trim())?.[1] : undefined;
          if (!id) continue;
          const position = positionInLine(document, line, id);
          const taskGroup = id.split('.')[0]!;
          if (taskGroup.replace(/^0+(?=\d)/, '') !== group.replace(/^0+(?=\d)/, '')) {
            // A task filed under the wrong group is confusing, not lost: a warning.
            context.report({ messageId: 'group', data: { id, group, taskGroup }, position, severity: 'warn' });
          }
          const seen = first.get(id);
          if (seen === undefined) first.set(id, line.line);
          else context.report({ messageId: 'duplicate', data: { id, line: seen }, position });
        }
      },
    };
  },
};

export default rule;
