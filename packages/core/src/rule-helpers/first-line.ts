import type { Position, SpecDocument } from '../types/document.js';
import { positionFromOffsets } from '../document/positions.js';

/** The first line of a range: a list item's or paragraph's own line, without what is nested below it. */
export function firstLine(document: Pick<SpecDocument, 'text' | 'lineStarts'>, position: Position): Position {
  const start = position.start.offset;
  const lineEnd = document.text.indexOf('\n', start);
  const end = lineEnd === -1 || lineEnd > position.end.offset ? position.end.offset : lineEnd;
  return positionFromOffsets(document.lineStarts, start, end > start && document.text[end - 1] === '\r' ? end - 1 : end);
}
