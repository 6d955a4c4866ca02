import type { Nodes, Root } from 'mdast';
import type { Position } from '../types/document.js';

/**
 * How deep block containers (quotes, lists) and inline containers (emphasis, links) may nest. micromark's cost
 * grows with the square of the depth and its recursion overflows the stack past a few thousand levels (8,000
 * `>` on one line); real specs nest a handful of levels. markdown-it stops at 100 too.
 */
export const DEFAULT_MAX_NESTING_DEPTH = 100;

export interface ExcessiveNesting {
  depth: number;
  line: number;
  column: number;
}

const TAB = 9;
const SPACE = 32;
const GREATER_THAN = 62;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** The index after a list marker (`-`, `*`, `+`, `1.`, `1)`) at `index` that is followed by a blank or the line end, else -1. */
function afterListMarker(text: string, index: number, lineEnd: number): number {
  const code = text.charCodeAt(index);
  let next = -1;
  if (code === 45 || code === 42 || code === 43) {
    next = index + 1;
  } else {
    let digits = index;
    while (digits < lineEnd && digits - index < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
    const delimiter = text.charCodeAt(digits);
    if (digits > index && (delimiter === 46 || delimiter === 41)) next = digits + 1;
  }
  if (next === -1) return -1;
  return next === lineEnd || isBlank(text.charCodeAt(next)) ? next : -1;
}

/**
 * A cheap upper estimate of how deep each line nests, read from the raw text before micromark sees it: the
 * `>` and list markers that open the line, plus half the columns of indentation in front of the first list
 * marker (a nested list indents each level by at least two). The first line over `limit`, or undefined.
 */
export function findExcessiveLineNesting(text: string, limit: number): ExcessiveNesting | undefined {
  let line = 1;
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = lineStart;
    while (lineEnd < length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let depth = 0;
    let index = lineStart;
    let columns = 0;
    let sawMarker = false;
    for (;;) {
      let blankColumns = 0;
      while (index < lineEnd && isBlank(text.charCodeAt(index))) {
        blankColumns += text.charCodeAt(index) === TAB ? 4 : 1;
        index++;
      }
      if (!sawMarker) columns = blankColumns;
      if (index >= lineEnd) break;
      if (text.charCodeAt(index) === GREATER_THAN) {
        depth++;
        index++;
      } else {
        const next = afterListMarker(text, index, lineEnd);
        if (next === -1) break;
        if (!sawMarker) depth += Math.floor(columns / 2);
        depth++;
        index = next;
      }
      sawMarker = true;
      if (depth > limit) return { depth, line, column: index - lineStart };
    }
    if (lineEnd >= length) break;
    lineStart = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    line++;
  }
  return undefined;
}

const CONTAINERS = new Set(['blockquote', 'list', 'footnoteDefinition', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * The first node nested deeper than `limit` containers in the parsed tree (inline nesting the line check cannot
 * see), found without recursion so the check itself cannot overflow the stack.
 */
export function findExcessiveTreeNesting(tree: Root, limit: number): (ExcessiveNesting & { position?: Position }) | undefined {
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const own = CONTAINERS.has(node.type) ? depth + 1 : depth;
    if (own > limit) {
      const start = node.position?.start;
      return { depth: own, line: start?.line ?? 1, column: start?.column ?? 1, position: node.position as Position | undefined };
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: own });
  }
  return undefined;
}
