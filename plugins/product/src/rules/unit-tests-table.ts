import type { DocumentRule, SpecDocument, SpecTable } from '@specloom/core';
import { cellAt, containsPlaceholder, quote, sectionTables, shortenText } from '@specloom/core';
import { findSection } from '../utils/sections.js';
import { findColumn, hasColumn, rowPosition } from '../utils/tables.js';
import { isExplicitlyNone, isUnfilled } from '../utils/text.js';

const columns = [
  { name: 'Component', names: ['Component', 'Module', 'Unit'] },
  { name: 'Test File', names: ['Test File', 'Test Files', 'File', 'Test'] },
  { name: 'Key Cases', names: ['Key Cases', 'Cases', 'Test Cases', 'Key Test Cases', 'Scenarios'] },
] as const;

const unitTestsTitle = /\bunit[- ]?tests?\b|\bunit testing\b/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Unit Tests table to list, per component, its test file and key cases',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      noRows: 'Missing rows in the Unit Tests table, expected one row per component: Component | Test File | Key Cases',
      emptyCell: 'Missing {{column}} for {{component}} in the Unit Tests table, expected a filled cell',
    },
  },

  create(context) {
    return {
      document() {
        for (const table of unitTestTables(context.document)) {
          if (table.rows.length === 0) {
            context.report({ messageId: 'noRows', position: table.position });
            continue;
          }
          const indexes = columns.map(({ names }) => findColumn(table, names));
          table.rows.forEach((row, rowIndex) => {
            const componentText = cellAt(row, indexes[0] ?? -1)?.text;
            const component = componentText && !isUnfilled(componentText) ? quote(shortenText(componentText, 30)) : `row ${rowIndex + 1}`;
            columns.forEach((column, columnIndex) => {
              // A missing column is table-columns' finding.
              const index = indexes[columnIndex] ?? -1;
              if (index === -1) return;
              const cell = cellAt(row, index);
              const value = cell?.text ?? '';
              if (!isUnfilled(value) || containsPlaceholder(value, context.schema)) return;
              context.report({
                messageId: 'emptyCell',
                data: { column: quote(column.name), component },
                position: cell?.position ?? rowPosition(row, table),
                // `N/A` says on purpose that nothing applies: a judgement, a warning. An empty cell is unfinished.
                severity: isExplicitlyNone(value) ? 'warn' : undefined,
              });
            });
          });
        }
      },
    };
  },
};

/** Tables of the Unit Tests section (8.1), or tables anywhere with a Test File column next to a Component one. */
function unitTestTables(document: SpecDocument): SpecTable[] {
  const section = findSection(document, (title) => unitTestsTitle.test(title));
  if (section) return sectionTables(document, section, { nested: true });
  return document.tables.filter(
    (table) => hasColumn(table, columns[0].names) && hasColumn(table, ['Test File', 'Test Files']),
  );
}

export default rule;
