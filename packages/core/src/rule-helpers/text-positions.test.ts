import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import { findTextPosition, findTextRange, nodePosition, positionAt } from './text-positions.js';
import { defined } from '../defined.js';

const document = parseSpecDocument('# Title\n\n- **Owner**: @ada, due @ada\n- Escaped \\* star\n');
const item = defined(document.tree.children[1], 'the list after the title');

describe('positionAt', () => {
  it('gives lines and columns of offsets (1-based)', () => {
    expect(positionAt(document, 9, 10)).toEqual({ start: { line: 3, column: 1, offset: 9 }, end: { line: 3, column: 2, offset: 10 } });
  });
});

describe('nodePosition', () => {
  it('is the position remark gave the node', () => {
    const position = nodePosition(document, item);
    expect(position.start).toEqual({ line: 3, column: 1, offset: 9 });
    expect(position.end.offset).toBe(item.position!.end.offset);
  });
});

describe('findTextRange and findTextPosition', () => {
  const within = nodePosition(document, item);

  it('find the first occurrence inside the range, or the first after `from`', () => {
    const first = findTextRange(document, within, '@ada')!;
    expect(document.text.slice(...first)).toBe('@ada');
    const second = findTextRange(document, within, '@ada', first[1])!;
    expect(second[0]).toBeGreaterThan(first[0]);
    expect(findTextPosition(document, within, '@ada')).toEqual(positionAt(document, first[0], first[1]));
  });

  it('find nothing for empty text, text outside the range, or text that does not stand literally in the source', () => {
    expect(findTextRange(document, within, '')).toBeUndefined();
    expect(findTextRange(document, within, 'Title')).toBeUndefined();
    expect(findTextPosition(document, within, 'Escaped * star')).toBeUndefined();
  });
});
