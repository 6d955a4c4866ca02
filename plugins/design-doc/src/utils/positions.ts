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

/** One line of text for a message: line breaks folded, long values cut. */
export function shortText(text: string, limit = 60): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > limit ? `${folded.slice(0, limit - 1)}…` : folded;
}
