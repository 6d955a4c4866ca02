import { positionFromOffsets, type Position, type SpecDocument } from '@specloom/core';

/** A position from offsets into the document text. */
export function positionAt(document: SpecDocument, start: number, end: number): Position {
  return positionFromOffsets(document.lineStarts, start, end);
}

/** Where `text` first occurs inside `within` (searching from `from`), or undefined. */
export function findInside(document: SpecDocument, within: Position, text: string, from = within.start.offset): Position | undefined {
  if (text === '') return undefined;
  const index = document.text.slice(from, within.end.offset).indexOf(text);
  return index === -1 ? undefined : positionAt(document, from + index, from + index + text.length);
}

/** The position of an mdast node (remark always gives offsets). */
export function nodePosition(document: SpecDocument, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Position {
  return positionAt(document, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** The first line of a range: a list item's or paragraph's own line, without what is nested below it. */
export function firstLine(document: SpecDocument, position: Position): Position {
  const start = position.start.offset;
  const lineEnd = document.text.indexOf('\n', start);
  const end = lineEnd === -1 || lineEnd > position.end.offset ? position.end.offset : lineEnd;
  return positionAt(document, start, end > 0 && document.text[end - 1] === '\r' ? end - 1 : end);
}
