import type { DocumentRule, SpecTable } from '@specloom/core';
import { cellAt, cellTextPosition, checkDate, containsPlaceholder, findSections, normalizeName, sectionTables } from '@specloom/core';
import { looksLikeDate } from '../utils/dates.js';
import { cellValue } from '../utils/tables.js';

const sectionTitles = ['Timeline', 'Milestones', 'Schedule'];

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the milestone dates of the Timeline table in ascending order',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      descending: 'Unexpected milestone date {{value}} before {{previous}}, expected ascending dates',
      invalid: 'Unexpected milestone date `{{value}}`, expected a real calendar date ({{reason}})',
      format: 'Unexpected milestone date `{{value}}`, expected a date as YYYY-MM-DD',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        for (const section of findSections(document, sectionTitles)) {
          for (const table of sectionTables(document, section, { nested: false })) {
            const index = dateColumn(table);
            if (index === -1) continue;
            let previous: string | undefined;
            for (const row of table.rows) {
              const cell = cellAt(row, index);
              const value = cellValue(cell);
              // `YYYY-MM-DD` is the placeholder rule's; `Week 3`, `Q3 2026` or `TBD` are not dates to order.
              if (!cell || value === '' || containsPlaceholder(value, schema)) continue;
              const check = checkDate(value, { isoOnly: true });
              if (check.kind === 'invalid') {
                context.report({ messageId: 'invalid', data: { value, reason: check.reason }, position: cellTextPosition(document, cell) });
                continue;
              }
              if (check.kind === 'unrecognized') {
                if (looksLikeDate(value)) context.report({ messageId: 'format', severity: 'warn', data: { value }, position: cellTextPosition(document, cell) });
                continue;
              }
              if (previous !== undefined && check.iso < previous) {
                context.report({ messageId: 'descending', data: { value: check.iso, previous }, position: cellTextPosition(document, cell) });
                continue;
              }
              previous = check.iso;
            }
          }
        }
      },
    };
  },
};

/** The column holding milestone dates: `Target Date`, `Date`, `Due`, `Deadline`. */
function dateColumn(table: SpecTable): number {
  const names = table.header.map((cell) => normalizeName(cell.text));
  const withDate = names.findIndex((name) => /\bdate\b/.test(name));
  return withDate !== -1 ? withDate : names.findIndex((name) => /^(due|deadline|target|when|eta)\b/.test(name));
}

export default rule;
