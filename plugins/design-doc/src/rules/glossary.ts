import type { DocumentRule, SpecTable } from '@specloom/core';
import { cellAt, cellTextPosition, containsPlaceholder, normalizeName, readStatus, sectionTables } from '@specloom/core';
import { cellValue } from '../utils/tables.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a glossary table with a definition for every term, each term once',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      columns: 'Unexpected glossary columns {{columns}}, expected `Term | Definition`',
      templateRow: 'Unexpected template row `{{term}} | {{definition}}` in the glossary, expected a real term and its definition',
      noDefinition: 'Missing definition for glossary term `{{term}}`, expected a definition',
      noTerm: 'Missing term for the glossary definition `{{definition}}`, expected a term',
      duplicate: 'Unexpected duplicate glossary term `{{term}}` (first on line {{line}}), expected each term once',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        // The template's own example rows are unfilled text: like placeholders, a warning while the doc is a draft.
        const templateRowSeverity = readStatus(context.document, context.schema)?.index === 0 ? 'warn' : undefined;
        // `Appendix C: Glossary` in the template; `## Glossary` or `### Terms and Definitions` elsewhere.
        const sections = document.allSections.filter((section) => /\bglossary\b|^terms?( and definitions)?$/i.test(section.title));
        for (const section of sections) {
          for (const table of sectionTables(document, section, { nested: false })) {
            const definitionIndex = definitionColumn(table);
            if (definitionIndex === -1) {
              const columns = table.header.map((cell) => `\`${cell.text}\``).join(', ') || 'none';
              context.report({ messageId: 'columns', data: { columns }, position: table.header[0] ? cellTextPosition(document, table.header[0]) : table.position });
              continue;
            }
            const seen = new Map<string, number>();
            for (const row of table.rows) {
              if (row.some((cell) => containsPlaceholder(cell.text, schema))) continue;
              const termCell = cellAt(row, 0);
              const definitionCell = cellAt(row, definitionIndex);
              const term = cellValue(termCell);
              const definition = cellValue(definitionCell);
              if (term === '' && definition === '') continue;
              if (/^term\s*\d+$/i.test(term) && /^definition$/i.test(definition)) {
                context.report({
                  messageId: 'templateRow',
                  data: { term, definition },
                  position: cellTextPosition(document, termCell!),
                  severity: templateRowSeverity,
                });
                continue;
              }
              if (term === '') {
                context.report({ messageId: 'noTerm', data: { definition }, position: cellTextPosition(document, definitionCell!) });
                continue;
              }
              if (definition === '') {
                context.report({ messageId: 'noDefinition', data: { term }, position: cellTextPosition(document, definitionCell ?? termCell!) });
              }
              const key = normalizeName(term);
              const firstLine = seen.get(key);
              if (firstLine !== undefined) {
                context.report({ messageId: 'duplicate', data: { term, line: firstLine }, position: cellTextPosition(document, termCell!) });
              } else {
                seen.set(key, termCell!.position.start.line);
              }
            }
          }
        }
      },
    };
  },
};

/** The definition column: `Definition`, `Meaning`, `Description`, else the second column. */
function definitionColumn(table: SpecTable): number {
  const names = table.header.map((cell) => normalizeName(cell.text));
  const named = names.findIndex((name) => /^(definition|meaning|description|explanation)s?$/.test(name));
  if (named !== -1) return named;
  return names.length >= 2 ? 1 : -1;
}

export default rule;
