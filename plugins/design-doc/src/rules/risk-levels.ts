import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { containsPlaceholder, isPickList } from '../utils/placeholders.js';
import { findSections, sectionTables } from '../utils/sections.js';
import { cellAt, cellTextPosition, cellValue, columnIndex } from '../utils/tables.js';

const sectionTitles = ['Risks and Mitigations', 'Risks & Mitigations', 'Risks', 'Risk Assessment', 'Risk Register'];
const levels = ['High', 'Medium', 'Low'];
/** The rated columns and the names authors give them. */
const ratedColumns: Array<{ label: string; names: string[] }> = [
  { label: 'impact', names: ['Impact', 'Severity'] },
  { label: 'probability', names: ['Probability', 'Likelihood'] },
];

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require High, Medium or Low as the impact and probability of every risk',
      url: ruleDocsUrl('risk-levels'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unexpected: 'Unexpected {{column}} `{{value}}`, expected High, Medium or Low',
      missing: 'Missing {{column}} for risk `{{risk}}`, expected High, Medium or Low',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        for (const section of findSections(document, sectionTitles)) {
          for (const table of sectionTables(document, section, { nested: true })) {
            for (const { label, names } of ratedColumns) {
              const index = columnIndex(table, names);
              if (index === -1) continue;
              for (const row of table.rows) {
                const cell = cellAt(row, index);
                const value = cellValue(cell);
                // `High/Medium/Low` and `[Risk description]` rows are unfilled template text: the placeholder rule's.
                if (isPickList(value, levels) || row.some((other) => containsPlaceholder(other.text, schema))) continue;
                if (!cell || value === '') {
                  const risk = cellValue(row[0]) || 'unnamed';
                  context.report({ messageId: 'missing', data: { column: label, risk }, position: cell ? cellTextPosition(document, cell) : (row[0]?.position ?? table.position) });
                  continue;
                }
                // Letter case, decoration and the usual short form (`high`, `**High**`, `🔴 High`, `Med`) keep the level.
                const bare = value.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '').toLowerCase();
                if (levels.some((level) => level.toLowerCase() === bare) || bare === 'med') continue;
                context.report({ messageId: 'unexpected', data: { column: label, value }, position: cellTextPosition(document, cell) });
              }
            }
          }
        }
      },
    };
  },
};

export default rule;
