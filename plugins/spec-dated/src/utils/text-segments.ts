import type { Nodes } from 'mdast';

/** The value of one mdast text node and where the node stands in the source. */
export interface TextSegment {
  value: string;
  start: number;
  end: number;
}

/** A word or phrase found in text segments, with its source offsets. */
export interface TextMatch {
  text: string;
  start: number;
  end: number;
}

/** Nodes whose text is not prose a reader weighs as wording: code, inline code and raw HTML. */
const notProse = new Set(['code', 'inlineCode', 'html']);

/**
 * The text nodes under `node`, in document order, without code, inline code, HTML and any subtree `skip`
 * rejects (a nested requirement inside a requirement). Iterative, so deep nesting cannot overflow the stack.
 */
export function textSegments(node: Nodes, skip?: (node: Nodes) => boolean): TextSegment[] {
  const segments: TextSegment[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (notProse.has(current.type) || (current !== node && skip?.(current))) continue;
    if (current.type === 'text') {
      const start = current.position?.start.offset;
      const end = current.position?.end.offset;
      if (start !== undefined && end !== undefined) segments.push({ value: current.value, start, end });
      continue;
    }
    if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!);
    }
  }
  return segments;
}

/** The segments' text joined with spaces (a segment boundary never glues two words together). */
export function segmentsText(segments: readonly TextSegment[]): string {
  return segments.map((segment) => segment.value).join(' ').replace(/\s+/g, ' ').trim();
}

/** Ranges of text inside straight or curly double quotes: quoted UI text or messages are not the spec's wording. */
function quotedRanges(value: string): Array<[number, number]> {
  return [...value.matchAll(/"[^"\n]*"|“[^”\n]*”/g)].map((match) => [match.index, match.index + match[0].length]);
}

/**
 * Every match of `pattern` (a global RegExp) in the segments, outside double quotes, with source offsets.
 * A node's value usually equals its source slice; when it does not (escapes, entities), the match is looked
 * up in the source, and falls back to the node's start.
 */
export function findInSegments(segments: readonly TextSegment[], pattern: RegExp, source: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const segment of segments) {
    const quoted = quotedRanges(segment.value);
    const sourceSlice = source.slice(segment.start, segment.end);
    const exact = sourceSlice === segment.value;
    for (const match of segment.value.matchAll(pattern)) {
      if (quoted.some(([start, end]) => match.index >= start && match.index < end)) continue;
      let start = segment.start + match.index;
      if (!exact) {
        const index = sourceSlice.indexOf(match[0]);
        start = index === -1 ? segment.start : segment.start + index;
      }
      found.push({ text: match[0], start, end: start + match[0].length });
    }
  }
  return found;
}
