import type { DocumentRule } from '@specloom/core';
import { cellAt, cellTextPosition, containsPlaceholder, findSections, sectionTables } from '@specloom/core';
import { cellValue, columnIndex } from '../utils/tables.js';

const sectionTitles = ['Performance Targets'];
/** The template's columns, each with the names authors also give it. */
const columns: Array<{ label: string; names: string[] }> = [
  { label: 'Metric', names: ['Metric', 'Metrics'] },
  { label: 'Target', names: ['Target', 'Targets', 'Goal', 'Threshold'] },
  { label: 'Measurement', names: ['Measurement', 'Measured', 'Measured by', 'Method', 'Percentile'] },
];

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a Performance Targets table with a metric, a target and a measurement in every row',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      noTable: 'Missing table in "{{section}}", expected a table with the columns Metric, Target and Measurement',
      emptyCell: 'Missing {{column}} for performance target `{{metric}}`, expected a value in every column',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        for (const section of findSections(document, sectionTitles)) {
          // An empty section is the core section-empty rule's to report.
          if (section.empty) continue;
          const tables = sectionTables(document, section, { nested: true });
          if (tables.length === 0) {
            context.report({ messageId: 'noTable', severity: 'warn', data: { section: section.title }, position: section.position });
            continue;
          }
          for (const table of tables) {
            const indexes = columns.map(({ label, names }) => ({ label, index: columnIndex(table, names) }));
            for (const row of table.rows) {
              if (row.some((cell) => containsPlaceholder(cell.text, schema))) continue;
              for (const { label, index } of indexes) {
                // A missing column is the core table-columns rule's to report.
                if (index === -1) continue;
                const cell = cellAt(row, index);
                if (cellValue(cell) !== '') continue;
                const metric = cellValue(row[indexes[0]!.index]) || cellValue(row[0]) || 'unnamed';
                context.report({
                  messageId: 'emptyCell',
                  data: { column: label, metric },
                  position: cell ? cellTextPosition(document, cell) : (row[row.length - 1]?.position ?? table.position),
                });
              }
            }
          }
        }
      },
    };
  },
};

export default rule;
