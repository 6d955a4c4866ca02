import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown-processor.js';
import { computeLineStarts, pointAt, positionFromOffsets } from './positions.js';

describe('computeLineStarts', () => {
  it('ends lines at LF, CRLF and a lone CR', () => {
    expect(computeLineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
  });

  it('gives one line for empty text and a trailing empty line after a final line ending', () => {
    expect(computeLineStarts('')).toEqual([0]);
    expect(computeLineStarts('a\r\n')).toEqual([0, 3]);
    expect(computeLineStarts('\r\r\n\n')).toEqual([0, 1, 3, 4]);
  });
});

describe('pointAt', () => {
  const text = 'ab\r\ncd\nZoë ✅\r🚀x';
  const lineStarts = computeLineStarts(text);

  it('maps offsets to 1-based lines and columns', () => {
    expect(pointAt(lineStarts, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(pointAt(lineStarts, 2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(pointAt(lineStarts, 4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(pointAt(lineStarts, text.indexOf('✅'))).toEqual({ line: 3, column: 5, offset: 11 });
  });

  it('counts columns in UTF-16 code units, as remark does', () => {
    expect(pointAt(lineStarts, text.indexOf('x'))).toEqual({ line: 4, column: 3, offset: text.indexOf('x') });
  });

  it('clamps offsets before the text', () => {
    expect(pointAt(lineStarts, -5)).toEqual({ line: 1, column: 1, offset: 0 });
  });
});

describe('positionFromOffsets', () => {
  it('builds a range and never lets the end precede the start', () => {
    const lineStarts = computeLineStarts('one\ntwo');
    expect(positionFromOffsets(lineStarts, 1, 5)).toEqual({
      start: { line: 1, column: 2, offset: 1 },
      end: { line: 2, column: 2, offset: 5 },
    });
    expect(positionFromOffsets(lineStarts, 5, 1).end).toEqual({ line: 2, column: 2, offset: 5 });
  });
});

describe('agreement with remark', () => {
  const samples = {
    'mixed line endings': '# Title\r\n\r\n> **Owner**: Zoë\rline\n\n| a | b |\r\n|---|---|\r\n| ✅ | 🚀 x |\n',
    'tabs and non-ASCII': '-\tÄ item\n\t- nested 日本語\n\n```\n\tcode\n```\n',
  };

  for (const [name, text] of Object.entries(samples)) {
    it(`gives every node the same line and column as remark (${name})`, () => {
      const lineStarts = computeLineStarts(text);
      const stack: Node[] = [parseMarkdown(text)];
      let checked = 0;
      while (stack.length > 0) {
        const node = stack.pop()!;
        for (const point of [node.position!.start, node.position!.end]) {
          expect(pointAt(lineStarts, point.offset!)).toEqual(point);
          checked++;
        }
        stack.push(...((node as { children?: Node[] }).children ?? []));
      }
      expect(checked).toBeGreaterThan(10);
    });
  }
});
