import type { Position, SpecTable, TableCell } from '@specloom/core';
import { cellAt } from '@specloom/core';
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

/** Where a problem with a whole row is shown: from its first to its last cell. */
export function rowPosition(row: readonly TableCell[], table: SpecTable): Position {
  const [first] = row;
  const last = row.at(-1);
  if (!first || !last) return table.position;
  return { start: first.position.start, end: last.position.end };
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
