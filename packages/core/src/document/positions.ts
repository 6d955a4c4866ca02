import type { Node } from 'unist';
import type { Point, Position } from '../types/document.js';
import { defined } from '../defined.js';

const lineFeed = 10;
const carriageReturn = 13;

/**
 * Offsets at which each physical line starts (index 0 = line 1). CRLF, LF and a lone CR each end a line, as
 * in micromark, so these lines match the ones remark reports.
 */
export function computeLineStarts(text: string): number[] {
  const lineStarts = [0];
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === lineFeed) {
      lineStarts.push(index + 1);
    } else if (code === carriageReturn) {
      if (text.charCodeAt(index + 1) === lineFeed) index++;
      lineStarts.push(index + 1);
    }
  }
  return lineStarts;
}

/** The 1-based line and column of `offset`; columns count UTF-16 code units, as remark does. */
export function pointAt(lineStarts: readonly number[], offset: number): Point {
  const safeOffset = Number.isFinite(offset) ? Math.max(0, Math.floor(offset)) : 0;
  // Binary search for the last line starting at or before the offset: O(log lines) per lookup.
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (defined(lineStarts[middle], 'a line index inside the search range') <= safeOffset) low = middle;
    else high = middle - 1;
  }
  const lineStart = lineStarts[low] ?? 0;
  return { line: low + 1, column: safeOffset - lineStart + 1, offset: safeOffset };
}

/** A position from two offsets; `end` is exclusive and never before `start`. */
export function positionFromOffsets(lineStarts: readonly number[], start: number, end: number): Position {
  const startPoint = pointAt(lineStarts, start);
  const endPoint = end > startPoint.offset ? pointAt(lineStarts, end) : { ...startPoint };
  return { start: startPoint, end: endPoint };
}

/** Start and end offsets of an mdast node; nodes built by remark always carry them. */
export function nodeOffsets(node: Node): [number, number] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return [start, end];
}

/** The node's position as a `Position` (offsets always present). */
export function positionOfNode(lineStarts: readonly number[], node: Node): Position {
  const [start, end] = nodeOffsets(node);
  return positionFromOffsets(lineStarts, start, end);
}
