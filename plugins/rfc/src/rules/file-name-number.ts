import path from 'node:path';
import type { DocumentRule } from '@specloom/core';
import { positionAt } from '@specloom/core';

const titleNumber = /^SPEC\s+(\d+)\s*:/;
/** A file name that starts with a number (`0007-billing-webhooks.md`), but not with a date (`2026-01-05-…`). */
const leadingNumber = /^(\d+)(?=[-_. ]|$)/;
const leadingDate = /^\d{4}-\d{2}-\d{2}/;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the RFC number in the title to match the number the file name starts with',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      mismatch: 'Unexpected RFC number {{number}}, expected {{expected}} to match the file name `{{fileName}}`',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const title = document.title;
        if (!document.path || !title) return;
        const fileName = path.basename(document.path);
        const fileMatch = leadingDate.test(fileName) ? null : leadingNumber.exec(fileName);
        const titleMatch = titleNumber.exec(title.text);
        if (!fileMatch || !titleMatch) return;
        const fileNumber = fileMatch[1]!;
        const number = titleMatch[1]!;
        // `7-billing.md` and `SPEC 0007` agree: padding is title-number's concern, not a mismatch.
        if (Number(fileNumber) === Number(number)) return;
        const source = document.text.slice(title.position.start.offset, title.position.end.offset);
        const index = source.search(new RegExp(`${number}(?!\\d)`));
        const start = title.position.start.offset + Math.max(index, 0);
        context.report({
          messageId: 'mismatch',
          data: { number, expected: fileNumber.padStart(4, '0'), fileName },
          position: index === -1 ? title.position : positionAt(document, start, start + number.length),
        });
      },
    };
  },
};

export default rule;
