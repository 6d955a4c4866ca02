import { defineRule, positionFromOffsets } from '@specloom/core';
import { adrNumber } from '../utils/adr-number.js';

/** Four digits sort ADR files and titles alike up to ADR-9999. */
const DIGITS = 4;

export default defineRule({
  meta: {
    type: 'layout',
    docs: { description: 'Require four-digit ADR numbers in titles', recommended: true },
    fixable: 'code',
    defaultSeverity: 'warn',
    messages: {
      padding: 'Unexpected ADR number "{{actual}}", expected four digits "{{expected}}"',
    },
  },
  create(context) {
    return {
      document() {
        const title = context.document.title;
        const found = title && adrNumber(title.text);
        if (!title || !found || found.number.length >= DIGITS) return;
        // The number's offsets in the file: the H1 text starts after `# `, found by searching from the heading.
        const start = context.document.text.indexOf(`ADR-${found.number}`, title.position.start.offset) + found.index;
        const end = start + found.number.length;
        const expected = found.number.padStart(DIGITS, '0');
        context.report({
          messageId: 'padding',
          data: { actual: found.number, expected },
          position: positionFromOffsets(context.document.lineStarts, start, end),
          fix: { range: [start, end], text: expected },
        });
      },
    };
  },
});
