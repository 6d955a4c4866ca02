import type { Node } from 'unist';
import { positionFromOffsets, positionOfNode } from '../document/positions.js';
import type { Position, SpecDocument } from '../types/document.js';

type DocumentText = Pick<SpecDocument, 'text' | 'lineStarts'>;

/** The position of the document text from `start` to `end` (exclusive). */
export function positionAt(document: Pick<SpecDocument, 'lineStarts'>, start: number, end: number): Position {
  return positionFromOffsets(document.lineStarts, start, end);
}

/** The position of an mdast node of the document's tree. */
export function nodePosition(document: Pick<SpecDocument, 'lineStarts'>, node: Node): Position {
  return positionOfNode(document.lineStarts, node);
}

/**
 * The source range of the first `text` inside `within`, searching from offset `from` (its start by default):
 * `S-1` inside the cell `**S-1**`, a value inside its quotes. Undefined when `text` is empty or does not stand
 * literally in the source (escapes, entities), so a caller never underlines or replaces the wrong text.
 */
export function findTextRange(
  document: DocumentText,
  within: Position,
  text: string,
  from = within.start.offset,
): [number, number] | undefined {
  if (text === '') return undefined;
  const index = document.text.slice(from, within.end.offset).indexOf(text);
  return index === -1 ? undefined : [from + index, from + index + text.length];
}

/** The position of the first `text` inside `within` (see `findTextRange`), or undefined. */
export function findTextPosition(document: DocumentText, within: Position, text: string, from = within.start.offset): Position | undefined {
  const range = findTextRange(document, within, text, from);
  return range ? positionAt(document, range[0], range[1]) : undefined;
}
