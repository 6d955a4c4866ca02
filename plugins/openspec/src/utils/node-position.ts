import type { Nodes } from 'mdast';
import { firstLine, positionFromOffsets, type Position, type SpecDocument } from '@specloom/core';

/** The first line of a node (a list item without what is nested below it), as a document position. */
export function nodeFirstLine(document: SpecDocument, node: Nodes): Position {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return firstLine(document, positionFromOffsets(document.lineStarts, start, end));
}
