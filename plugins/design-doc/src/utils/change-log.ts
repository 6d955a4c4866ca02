import type { DocumentSchema, SpecDocument, SpecTable, TableCell } from '@specloom/core';
import { cellAt, checkDate, containsPlaceholder, findSections, sectionTables, type IsoDateCheck } from '@specloom/core';
import { cellValue, columnIndex } from './tables.js';
import { compareVersions, parseVersion, type Version } from './versions.js';

const sectionTitles = ['Change Log', 'Changelog', 'Revision History', 'Version History', 'Document History'];

/** One row of a Change Log table, read as the change-log rule reads it. */
export interface ChangeLogRow {
  cells: TableCell[];
  /** The row holds unfilled template text (`YYYY-MM-DD`, `[Name]`): the placeholder rule's to report. */
  placeholder: boolean;
  versionCell?: TableCell;
  /** Undefined when the cell is empty or not a version (`1.0`, `2.1.0`). */
  version?: Version;
  dateCell?: TableCell;
  /** How the date cell reads; undefined when the cell is empty. */
  dateCheck?: IsoDateCheck;
  authorCell?: TableCell;
  changesCell?: TableCell;
}

export interface ChangeLogTable {
  table: SpecTable;
  rows: ChangeLogRow[];
}

/**
 * The Change Log tables: tables directly under a Change Log (or Revision History) heading with a Version and
 * a Date column. Without both columns a table is not a change log; the core table-columns rule names what is
 * missing.
 */
export function changeLogTables(document: SpecDocument, schema: DocumentSchema | undefined): ChangeLogTable[] {
  const found: ChangeLogTable[] = [];
  for (const section of findSections(document, sectionTitles)) {
    for (const table of sectionTables(document, section, { nested: false })) {
      const versionIndex = columnIndex(table, ['Version', 'Rev', 'Revision']);
      const dateIndex = columnIndex(table, ['Date']);
      if (versionIndex === -1 || dateIndex === -1) continue;
      const authorIndex = columnIndex(table, ['Author', 'Authors', 'By', 'Owner']);
      const changesIndex = columnIndex(table, ['Changes', 'Change', 'Description', 'Summary', 'Notes']);
      const rows = table.rows.map((cells): ChangeLogRow => {
        const row: ChangeLogRow = { cells, placeholder: cells.some((cell) => containsPlaceholder(cell.text, schema)) };
        row.versionCell = nonEmpty(cellAt(cells, versionIndex));
        if (row.versionCell) row.version = parseVersion(cellValue(row.versionCell));
        row.dateCell = nonEmpty(cellAt(cells, dateIndex));
        if (row.dateCell) row.dateCheck = checkDate(cellValue(row.dateCell), { isoOnly: true });
        row.authorCell = nonEmpty(cellAt(cells, authorIndex));
        row.changesCell = nonEmpty(cellAt(cells, changesIndex));
        return row;
      });
      found.push({ table, rows });
    }
  }
  return found;
}

/** The newest versioned row (highest version; the first of equals), if any row has a version. */
export function newestRow<Row extends { version?: Version }>(rows: readonly Row[]): Row | undefined {
  let newest: Row | undefined;
  for (const row of rows) {
    if (row.version && (!newest?.version || compareVersions(row.version, newest.version) > 0)) newest = row;
  }
  return newest;
}

function nonEmpty(cell: TableCell | undefined): TableCell | undefined {
  return cell && cellValue(cell) !== '' ? cell : undefined;
}

