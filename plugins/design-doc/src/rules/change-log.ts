import type { DocumentRule, RuleContext, TableCell } from '@specloom/core';
import { cellTextPosition, checkDate } from '@specloom/core';
import { changeLogTables, newestRow, type ChangeLogRow } from '../utils/change-log.js';
import { looksLikeDate } from '../utils/dates.js';
import { documentVersion } from '../utils/front-matter-values.js';
import { cellValue } from '../utils/tables.js';
import { compareVersions, type Version } from '../utils/versions.js';

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
        for (const { rows } of changeLogTables(context.document, context.schema)) {
          // Rows with unfilled template text are the placeholder rule's to report.
          const read = rows.filter((row) => !row.placeholder).map((row) => readRow(context, row));
          checkNewestVersion(context, read);
          checkDates(context, read);
        }
      },
    };
  },
};

/** The row's version and date; a cell that is no version or no real date is reported here. */
function readRow(context: RuleContext, row: ChangeLogRow): Row {
  const { versionCell, version, dateCell, dateCheck } = row;
  if (versionCell && !version) {
    context.report({ messageId: 'version', data: { value: cellValue(versionCell) }, position: cellTextPosition(context.document, versionCell) });
  }
  const read: Row = { versionCell, version, dateCell };
  if (dateCell && dateCheck) {
    const dateText = cellValue(dateCell);
    if (dateCheck.kind === 'valid') read.date = dateCheck.iso;
    else if (dateCheck.kind === 'invalid') {
      context.report({ messageId: 'invalidDate', data: { value: dateText, reason: dateCheck.reason }, position: cellTextPosition(context.document, dateCell) });
    } else if (looksLikeDate(dateText)) {
      context.report({ messageId: 'dateFormat', severity: 'warn', data: { value: dateText }, position: cellTextPosition(context.document, dateCell) });
    }
  }
  return read;
}

/** The highest version listed must be the document's own version (`version` in the front matter). */
function checkNewestVersion(context: RuleContext, rows: Row[]): void {
  const expected = documentVersion(context.document);
  // A missing or malformed front matter version is the front-matter rule's to report.
  if (!expected) return;
  const newest = newestRow(rows);
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
  const createdCheck = createdEntry && typeof createdEntry.value === 'string' ? checkDate(createdEntry.value, { isoOnly: true }) : undefined;
  const created = createdCheck?.kind === 'valid' ? createdCheck.iso : undefined;
  const versions = rows.flatMap((row) => (row.version ? [row.version] : []));
  const [first] = versions;
  const last = versions.at(-1);
  const newestFirst = versions.length >= 2 && first !== undefined && last !== undefined && compareVersions(first, last) > 0;
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

export default rule;
