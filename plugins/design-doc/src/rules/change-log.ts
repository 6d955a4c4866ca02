import type { DocumentRule, RuleContext, SpecTable, TableCell } from '@specloom/core';
import { checkIsoDate, looksLikeDate } from '../utils/dates.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { containsPlaceholder } from '../utils/placeholders.js';
import { findSections, sectionTables } from '../utils/sections.js';
import { cellAt, cellTextPosition, cellValue, columnIndex } from '../utils/tables.js';
import { compareVersions, parseVersion, type Version } from '../utils/versions.js';

const sectionTitles = ['Change Log', 'Changelog', 'Revision History', 'Version History', 'Document History'];

interface Row {
  version?: Version;
  versionCell?: TableCell;
  date?: string;
  dateCell?: TableCell;
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a Change Log whose newest version is the front matter version, with dates in order',
      url: ruleDocsUrl('change-log'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      newest: 'Unexpected newest Change Log version {{newest}}, expected {{expected}} (front matter version)',
      version: 'Unexpected Change Log version `{{value}}`, expected `1.0` or a semantic version such as `2.1.0`',
      invalidDate: 'Unexpected Change Log date `{{value}}`, expected a real calendar date ({{reason}})',
      dateFormat: 'Unexpected Change Log date `{{value}}`, expected a date as YYYY-MM-DD',
      beforeCreated: 'Unexpected Change Log date {{value}} before `created` ({{created}}), expected on or after {{created}}',
      order: 'Unexpected Change Log date {{value}} ({{version}}) before {{previous}} ({{previousVersion}}), expected ascending dates',
    },
  },

  create(context) {
    return {
      document() {
        for (const section of findSections(context.document, sectionTitles)) {
          for (const table of sectionTables(context.document, section, { nested: false })) checkTable(context, table);
        }
      },
    };
  },
};

function checkTable(context: RuleContext, table: SpecTable): void {
  const versionIndex = columnIndex(table, ['Version', 'Rev', 'Revision']);
  const dateIndex = columnIndex(table, ['Date']);
  // Without both columns this is not a change log table; the core table-columns rule names what is missing.
  if (versionIndex === -1 || dateIndex === -1) return;
  const rows = table.rows
    .filter((row) => !row.some((cell) => containsPlaceholder(cell.text, context.schema)))
    .map((row) => readRow(context, row, versionIndex, dateIndex));
  checkNewestVersion(context, rows);
  checkDates(context, rows);
}

function readRow(context: RuleContext, cells: TableCell[], versionIndex: number, dateIndex: number): Row {
  const row: Row = {};
  const versionCell = cellAt(cells, versionIndex);
  const versionText = cellValue(versionCell);
  if (versionCell && versionText !== '') {
    row.versionCell = versionCell;
    row.version = parseVersion(versionText);
    if (!row.version) context.report({ messageId: 'version', data: { value: versionText }, position: cellTextPosition(context.document, versionCell) });
  }
  const dateCell = cellAt(cells, dateIndex);
  const dateText = cellValue(dateCell);
  if (dateCell && dateText !== '') {
    row.dateCell = dateCell;
    const check = checkIsoDate(dateText);
    if (check.kind === 'valid') row.date = check.iso;
    else if (check.kind === 'invalid') {
      context.report({ messageId: 'invalidDate', data: { value: dateText, reason: check.reason }, position: cellTextPosition(context.document, dateCell) });
    } else if (looksLikeDate(dateText)) {
      context.report({ messageId: 'dateFormat', data: { value: dateText }, position: cellTextPosition(context.document, dateCell) });
    }
  }
  return row;
}

/** The highest version listed must be the document's own version (`version` in the front matter). */
function checkNewestVersion(context: RuleContext, rows: Row[]): void {
  const entry = context.document.metadata.version;
  const expected = entry ? parseVersion(unquote(entry.raw)) : undefined;
  // A missing or malformed front matter version is the front-matter rule's to report.
  if (!expected) return;
  let newest: Row | undefined;
  for (const row of rows) {
    if (row.version && (!newest?.version || compareVersions(row.version, newest.version) > 0)) newest = row;
  }
  if (!newest?.version || !newest.versionCell || compareVersions(newest.version, expected) === 0) return;
  context.report({
    messageId: 'newest',
    data: { newest: newest.version.text, expected: expected.text },
    position: cellTextPosition(context.document, newest.versionCell),
  });
}

/**
 * Dates follow the versions: oldest version first is the usual order, but a newest-first log is read the
 * other way round. No entry predates the document (`created`).
 */
function checkDates(context: RuleContext, rows: Row[]): void {
  const createdEntry = context.document.metadata.created;
  const createdCheck = createdEntry && typeof createdEntry.value === 'string' ? checkIsoDate(createdEntry.value) : undefined;
  const created = createdCheck?.kind === 'valid' ? createdCheck.iso : undefined;
  const versioned = rows.filter((row) => row.version);
  const newestFirst =
    versioned.length >= 2 && compareVersions(versioned[0].version!, versioned[versioned.length - 1].version!) > 0;
  const chronological = newestFirst ? [...rows].reverse() : rows;
  let previous: Row | undefined;
  for (const row of chronological) {
    if (!row.date || !row.dateCell) continue;
    if (created && row.date < created) {
      context.report({ messageId: 'beforeCreated', data: { value: row.date, created }, position: cellTextPosition(context.document, row.dateCell) });
      continue;
    }
    if (previous?.date && row.date < previous.date) {
      context.report({
        messageId: 'order',
        data: {
          value: row.date,
          version: row.version?.text ?? 'no version',
          previous: previous.date,
          previousVersion: previous.version?.text ?? 'no version',
        },
        position: cellTextPosition(context.document, row.dateCell),
      });
      continue;
    }
    previous = row;
  }
}

function unquote(raw: string): string {
  const match = /^(["'])(.*)\1$/s.exec(raw.trim());
  return match ? match[2] : raw.trim();
}

export default rule;
