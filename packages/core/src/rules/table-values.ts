import type { SpecDocument, SpecTable, TableCell } from '../types/document.js';
import type { DocumentRule, ReportDescriptor } from '../types/rule.js';
import type { DocumentSchema, TableValuesSchema } from '../types/schema.js';
import { findSections, isInSection } from '../rule-helpers/find-sections.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { quoteList } from './utils/format.js';
import { normalizeName } from './utils/normalize.js';
import { containsPlaceholder, isPickList } from './utils/placeholders.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the cells of a rated column (risk Impact, Probability) to hold a value of the template’s scale',
      url: ruleDocsUrl('table-values'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unexpected: 'Unexpected {{column}} "{{value}}" for "{{row}}", expected one of {{values}}',
      empty: 'Unexpected empty {{column}} for "{{row}}", expected one of {{values}}',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        for (const scale of schema?.tableValues ?? []) {
          for (const table of ratedTables(document, scale)) checkTable(table, scale, schema!, context.report);
        }
      },
    };
  },
};

function columnOf(table: SpecTable, names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeName));
  return table.header.findIndex((cell) => wanted.has(normalizeName(cell.text)));
}

/** The tables a scale applies to: those in its sections, or whose header names a row column; all without either. */
function ratedTables(document: SpecDocument, scale: TableValuesSchema): SpecTable[] {
  const withColumn = document.tables.filter((table) => columnOf(table, scale.columns) !== -1);
  if (!scale.sections && !scale.rowColumns) return withColumn;
  const sections = findSections(document, scale.sections ?? []);
  return withColumn.filter(
    (table) =>
      sections.some((section) => isInSection(section, table.position.start.offset)) ||
      (scale.rowColumns !== undefined && columnOf(table, scale.rowColumns) !== -1),
  );
}

function checkTable(table: SpecTable, scale: TableValuesSchema, schema: DocumentSchema, report: (descriptor: ReportDescriptor) => void): void {
  const rowColumn = Math.max(0, columnOf(table, scale.rowColumns ?? []));
  const accepts = scaleMatcher(scale);
  const rated = new Set(scale.columns.map(normalizeName));
  table.header.forEach((header, column) => {
    if (!rated.has(normalizeName(header.text))) return;
    for (const [index, row] of table.rows.entries()) {
      // `[Risk 1]` rows and an untouched `High/Medium/Low` are unfilled template text: the placeholder rule's.
      if (row.some((cell) => containsPlaceholder(cell.text, schema))) continue;
      const cell: TableCell | undefined = row[column];
      const value = cell?.text.trim() ?? '';
      if (isPickList(value, scale.values)) continue;
      const data = {
        column: header.text.trim(),
        value,
        row: row[rowColumn]?.text.trim() || `row ${index + 1}`,
        values: quoteList(scale.values),
      };
      // A missing cell reads as empty: the table's position stands in for it.
      const position = cell?.position ?? table.position;
      if (value === '') report({ messageId: 'empty', data, position });
      else if (!accepts(value)) report({ messageId: 'unexpected', data, position });
    }
  });
}

/**
 * Whether a cell holds a value of the scale: in any letter case, with decoration (`**High**`, `🔴 High`), a synonym
 * (`Med`), a note after it (`High (fines)`, `High - GDPR`) and, where the scale allows, a range (`Medium to High`).
 */
function scaleMatcher(scale: TableValuesSchema): (value: string) => boolean {
  const words = new Map<string, string>();
  for (const value of scale.values) words.set(value.toLowerCase(), value);
  for (const [synonym, value] of Object.entries(scale.synonyms ?? {})) words.set(synonym.toLowerCase(), value);
  const escaped = [...words.keys()].sort((left, right) => right.length - left.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const one = `(?:${escaped.join('|')})`;
  const range = scale.ranges ? String.raw`(?:\s*(?:[-–—/]|to)\s*${one})?` : '';
  // A note follows a bracket, a colon, a comma or a spaced dash (`High - GDPR`); `Low-Medium` is a range, not a note.
  const pattern = new RegExp(String.raw`^${one}${range}(?![\p{L}\p{N}])(?:\s*[(:,;].*|\s+[-–—]\s.*)?\.?$`, 'iu');
  return (value) => pattern.test(value.replace(/^[^\p{L}\p{N}]+|[*_`]+/gu, '').trim());
}

export default rule;
