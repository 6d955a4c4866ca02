import type { Position, SpecDocument } from '../types/document.js';
import { positionFromOffsets } from '../document/positions.js';

/** The first line of a range: a list item's or paragraph's own line, without what is nested below it. */
export function firstLine(document: Pick<SpecDocument, 'text' | 'lineStarts'>, position: Position): Position {
  const start = position.start.offset;
  // A line ends at `\n`, `\r\n` or a lone `\r` (old Mac files): the span never takes the `\r`.
  const end = Math.min(lineEndAt(document.text, start), position.end.offset);
  return positionFromOffsets(document.lineStarts, start, Math.max(start, end));
}

/** Offset of the end of the line holding `offset`, before its `\r\n`, `\n` or `\r` (or the text's end). */
export function lineEndAt(text: string, offset: number): number {
  for (let index = offset; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return text.length;
}
