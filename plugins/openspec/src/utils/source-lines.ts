import { positionFromOffsets, type Position, type SpecDocument } from '@specloom/core';

/** One physical line of the document with its offset. */
export interface SourceLine {
  /** 1-based. */
  line: number;
  start: number;
  text: string;
}

/** The lines of `[start, end)`, except those inside code blocks (a `### Requirement:` shown in a fence is an example). */
export function proseLines(document: SpecDocument, start: number, end: number): SourceLine[] {
  // Code blocks come in document order: one pointer walks them beside the lines, so the scan stays linear.
  const code = document.codeBlocks.map((block) => [block.position.start.offset, block.position.end.offset] as const);
  let block = 0;
  const lines: SourceLine[] = [];
  for (let index = firstLineAt(document, start); index < document.lineStarts.length; index++) {
    const lineStart = document.lineStarts[index]!;
    if (lineStart >= end) break;
    let current = code[block];
    while (current && current[1] <= lineStart) current = code[++block];
    if (current && lineStart >= current[0]) continue;
    const next = document.lineStarts[index + 1] ?? document.text.length;
    lines.push({ line: index + 1, start: lineStart, text: document.text.slice(lineStart, next).replace(/\r?\n$|\r$/, '') });
  }
  return lines;
}

/** Index of the first line that starts at or after `offset` (binary search over the line starts). */
function firstLineAt(document: SpecDocument, offset: number): number {
  let low = 0;
  let high = document.lineStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (document.lineStarts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The position of `part` found in a line at or after `from` (its column), or the whole line. */
export function positionInLine(document: SpecDocument, line: SourceLine, part: string, from = 0): Position {
  const index = line.text.indexOf(part, from);
  const start = line.start + (index === -1 ? 0 : index);
  return positionFromOffsets(document.lineStarts, start, index === -1 ? line.start + line.text.length : start + part.length);
}

/** A heading's source text without its `#` markers (and closing run): `Requirement: Foo` for `### Requirement: Foo ###`. */
export function headingSource(document: SpecDocument, start: number, end: number): string {
  const firstLineEnd = document.text.slice(start, end).search(/\r?\n|\r/);
  const line = document.text.slice(start, firstLineEnd === -1 ? end : start + firstLineEnd);
  return line
    .replace(/^ {0,3}#{1,6}[ \t]*/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .trim();
}
