import { positionFromOffsets } from '../document/positions.js';
import type { Position, SpecDocument, TableCell } from '../types/document.js';

/** The cell of a row in a column; undefined for a missing column (-1) or a row shorter than the header. */
export function cellAt(row: readonly TableCell[], column: number): TableCell | undefined {
  return column >= 0 ? row[column] : undefined;
}

/**
 * Where a cell's text stands, without the pipes and padding around it, so a message underlines what the author
 * wrote; the whole cell when it is empty.
 */
export function cellTextPosition(document: Pick<SpecDocument, 'text' | 'lineStarts'>, cell: TableCell): Position {
  let start = cell.position.start.offset;
  let end = cell.position.end.offset;
  const { text } = document;
  while (start < end && /[|\s]/.test(text.charAt(start))) start++;
  while (end > start && /[|\s]/.test(text.charAt(end - 1))) end--;
  return start < end ? positionFromOffsets(document.lineStarts, start, end) : cell.position;
}
