import type { DocumentRule, SpecDocument } from '@specloom/core';
import { positionAt } from '@specloom/core';

/** `SPEC 0007: Title`: the prefix, the number as written, and the name after the colon. */
const titlePattern = /^SPEC\s+(\d+)\s*:\s*(.*)$/s;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the title `SPEC NNNN: Title` with a four-digit RFC number',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      missingTitle: 'Missing title, expected an H1 `SPEC NNNN: Title`',
      format: 'Unexpected title `{{title}}`, expected `SPEC NNNN: Title` with a four-digit number',
      digits: 'Unexpected RFC number `{{number}}`, expected exactly four digits: `SPEC {{expected}}`',
      tooLong: 'Unexpected RFC number `{{number}}`, expected exactly four digits (`SPEC NNNN`)',
      missingName: 'Missing name after `SPEC {{number}}:`, expected `SPEC {{number}}: Title`',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const title = document.title;
        if (!title) {
          context.report({ messageId: 'missingTitle', position: positionAt(document, 0, 0) });
          return;
        }
        const match = titlePattern.exec(title.text);
        if (!match) {
          context.report({ messageId: 'format', data: { title: title.text }, position: title.position });
          return;
        }
        const number = match[1]!;
        const name = match[2]!;
        const digits = numberPosition(document, number);
        if (number.length !== 4) {
          const value = Number(number);
          // Zero-padding is certain for short numbers, and so is dropping extra leading zeros.
          const expected = value <= 9999 ? String(value).padStart(4, '0') : undefined;
          if (expected && digits) {
            context.report({
              messageId: 'digits',
              data: { number, expected },
              position: positionAt(document, digits[0], digits[1]),
              fix: { range: digits, text: expected },
            });
          } else {
            context.report({ messageId: 'tooLong', data: { number }, position: digits ? positionAt(document, digits[0], digits[1]) : title.position });
          }
        }
        if (name.trim() === '') {
          context.report({ messageId: 'missingName', data: { number }, position: title.position });
        }
      },
    };
  },
};

/** Offsets of the number's digits in the heading source, found after `SPEC`. */
function numberPosition(document: SpecDocument, number: string): [number, number] | undefined {
  const title = document.title!;
  const source = document.text.slice(title.position.start.offset, title.position.end.offset);
  const match = new RegExp(`SPEC\\s+(${number})(?!\\d)`).exec(source);
  if (!match) return undefined;
  const start = title.position.start.offset + match.index + match[0].length - number.length;
  return [start, start + number.length];
}

export default rule;
