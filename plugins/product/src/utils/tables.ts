import type { Position, SpecDocument, SpecTable, TableCell } from '@specloom/core';
import { positionFromOffsets } from '@specloom/core';
import { isUnfilled, normalizeLabel } from './text.js';

/** Index of the first header cell named like one of `names` (case, spacing and punctuation ignored), or -1. */
export function findColumn(table: SpecTable, names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeLabel));
  return table.header.findIndex((cell) => wanted.has(normalizeLabel(cell.text)));
}

/** True when the table has a column named like one of `names`. */
export function hasColumn(table: SpecTable, names: readonly string[]): boolean {
  return findColumn(table, names) !== -1;
}

/** The cell of a column in a row; ragged rows may lack it. */
export function cellAt(row: readonly TableCell[], column: number): TableCell | undefined {
  return column >= 0 ? row[column] : undefined;
}

/** Where a problem with a whole row is shown: from its first to its last cell. */
export function rowPosition(row: readonly TableCell[], table: SpecTable): Position {
  if (row.length === 0) return table.position;
  return { start: row[0].position.start, end: row[row.length - 1].position.end };
}

/**
 * The source range of a cell's text (`S-1` inside `**S-1**`), for precise positions and fixes; undefined when the
 * plain text does not stand literally in the source (escapes, entities).
 */
export function textRangeInCell(document: SpecDocument, cell: TableCell, text: string): [number, number] | undefined {
  if (text === '') return undefined;
  const start = cell.position.start.offset;
  const index = document.text.slice(start, cell.position.end.offset).indexOf(text);
  return index === -1 ? undefined : [start + index, start + index + text.length];
}

/** The position of a cell's text when it can be found, else the cell's. */
export function textPositionInCell(document: SpecDocument, cell: TableCell, text: string): Position {
  const range = textRangeInCell(document, cell, text);
  return range ? positionFromOffsets(document.lineStarts, range[0], range[1]) : cell.position;
}

/**
 * A row that only carries a note, such as `| — | No spikes needed | — | — |` or `| None | | | |`: its key cell is
 * unfilled (or says "none") and at most one other cell says anything. It stands for "no entries", not an entry.
 */
export function isNoteRow(row: readonly TableCell[], keyColumn: number): boolean {
  const key = cellAt(row, keyColumn === -1 ? 0 : keyColumn)?.text ?? '';
  if (!isUnfilled(key) && !/^(?:none|no new dependenc(?:y|ies)|no spikes?)\b/i.test(key)) return false;
  return row.filter((cell, index) => index !== keyColumn && !isUnfilled(cell.text)).length <= 1;
}
