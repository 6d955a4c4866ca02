import type { Section, SpecTable } from '../types/document.js';
import type { DocumentRule } from '../types/rule.js';
import type { TableSchema } from '../types/schema.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { quoteList } from './utils/format.js';
import { normalizeColumn } from './utils/normalize.js';
import { matchSections, walkMatches } from './utils/section-matches.js';
import { defined } from '../defined.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the columns the template gives the tables of a section',
      url: ruleDocsUrl('table-columns'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missingColumn: 'Missing column {{missing}} in the table of "{{section}}", expected columns {{expected}}',
      missingColumns: 'Missing columns {{missing}} in the table of "{{section}}", expected columns {{expected}}',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!schema) return;
        for (const { section, schema: sectionSchema } of walkMatches(matchSections(document, schema))) {
          if (!sectionSchema?.tables?.length) continue;
          for (const table of tablesDirectlyIn(section, document.tables)) {
            const columns = new Set(table.header.map((cell) => normalizeColumn(cell.text)));
            const expected = closestTableSchema(columns, sectionSchema.tables);
            const required = expected.requiredColumns ?? expected.columns;
            const missing = required.filter((column) => !columns.has(normalizeColumn(column)));
            if (missing.length === 0) continue;
            const [firstCell] = table.header;
            const lastCell = table.header.at(-1);
            context.report({
              messageId: missing.length === 1 ? 'missingColumn' : 'missingColumns',
              data: { missing: quoteList(missing), section: section.title, expected: quoteList(required) },
              position: firstCell && lastCell ? { start: firstCell.position.start, end: lastCell.position.end } : table.position,
            });
          }
        }
      },
    };
  },
};

/** Tables standing in the section itself, before its first sub-section. */
function tablesDirectlyIn(section: Section, tables: SpecTable[]): SpecTable[] {
  const start = section.position.end.offset;
  const end = section.children[0]?.position.start.offset ?? section.contentPosition.end.offset;
  return tables.filter((table) => table.position.start.offset >= start && table.position.start.offset < end);
}

/** The template table a document table stands for: the one sharing most columns with it (first on a tie). */
function closestTableSchema(columns: Set<string>, candidates: TableSchema[]): TableSchema {
  let best: TableSchema | undefined;
  let bestShared = -1;
  for (const candidate of candidates) {
    const shared = candidate.columns.filter((column) => columns.has(normalizeColumn(column))).length;
    if (shared > bestShared) {
      best = candidate;
      bestShared = shared;
    }
  }
  return defined(best, 'a section with template tables to have at least one');
}

export default rule;
