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
  const code = document.codeBlocks.map((block) => [block.position.start.offset, block.position.end.offset] as const);
  const lines: SourceLine[] = [];
  for (let index = 0; index < document.lineStarts.length; index++) {
    const lineStart = document.lineStarts[index];
    if (lineStart < start) continue;
    if (lineStart >= end) break;
    const next = document.lineStarts[index + 1] ?? document.text.length;
    if (code.some(([from, to]) => lineStart >= from && lineStart < to)) continue;
    lines.push({ line: index + 1, start: lineStart, text: document.text.slice(lineStart, next).replace(/\r?\n$|\r$/, '') });
  }
  return lines;
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
