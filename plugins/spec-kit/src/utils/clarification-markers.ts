import type { Text } from 'mdast';
import { positionFromOffsets, type Position, type SpecDocument } from '@specloom/core';

/** One `[NEEDS CLARIFICATION: …]` marker as it stands in prose. */
export interface ClarificationMarker {
  /** The marker's text, cut to a readable length for messages. */
  text: string;
  position: Position;
}

const opening = '[NEEDS CLARIFICATION';
/** Markers are quoted in full up to this length, then cut with `…`. */
const shownLength = 60;

/**
 * The markers in one text node. Prose only: a marker inside inline code or a code block is someone writing about
 * the marker, not one left open. A marker may run over several lines; it ends at its `]`.
 */
export function markersInText(document: SpecDocument, node: Text): ClarificationMarker[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const markers: ClarificationMarker[] = [];
  const source = document.text.slice(start, end);
  for (let index = source.indexOf(opening); index !== -1; index = source.indexOf(opening, index + opening.length)) {
    const close = source.indexOf(']', index);
    const markerEnd = close === -1 ? source.length : close + 1;
    const text = source.slice(index, markerEnd).replace(/\s+/g, ' ');
    markers.push({
      text: text.length > shownLength ? `${text.slice(0, shownLength - 1).trimEnd()}…` : text,
      position: positionFromOffsets(document.lineStarts, start + index, start + markerEnd),
    });
  }
  return markers;
}
