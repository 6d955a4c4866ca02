import { positionFromOffsets, type Position, type SpecDocument, type SpecTable, type TableCell } from '@specloom/core';
import { normalizeName } from './normalize.js';

/** Index of the first header cell whose normalised text is one of `names`, or -1. */
export function columnIndex(table: SpecTable, names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeName));
  return table.header.findIndex((cell) => wanted.has(normalizeName(cell.text)));
}

/** The cell of a row in a column; undefined when the row is shorter than the header. */
export function cellAt(row: TableCell[], index: number): TableCell | undefined {
  return index >= 0 ? row[index] : undefined;
}

/** Cell text without emphasis or code markers: `**High**` -> `High`. */
export function cellValue(cell: TableCell | undefined): string {
  return (cell?.text ?? '').replace(/[*_`]/g, '').trim();
}

/** The position of a cell's text, without the pipes and padding around it (the whole cell when empty). */
export function cellTextPosition(document: SpecDocument, cell: TableCell): Position {
  let start = cell.position.start.offset;
  let end = cell.position.end.offset;
  const text = document.text;
  while (start < end && /[|\s]/.test(text[start])) start++;
  while (end > start && /[|\s]/.test(text[end - 1])) end--;
  return start < end ? positionFromOffsets(document.lineStarts, start, end) : cell.position;
}
