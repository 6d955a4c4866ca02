import { positionFromOffsets, type Position, type SpecDocument, type TableCell } from '@specloom/core';

/** The position of a cell's text, without the pipes and padding around it (the whole cell when empty). */
export function cellTextPosition(document: SpecDocument, cell: TableCell): Position {
  let start = cell.position.start.offset;
  let end = cell.position.end.offset;
  const text = document.text;
  while (start < end && /[|\s]/.test(text[start])) start++;
  while (end > start && /[|\s]/.test(text[end - 1])) end--;
  return start < end ? positionFromOffsets(document.lineStarts, start, end) : cell.position;
}
