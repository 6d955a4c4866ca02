import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import { cellAt, cellTextPosition } from './table-cells.js';

const document = parseSpecDocument('| Risk | Impact |\n|---|---|\n|   **Outage**   |  |\n| Ragged |\n');
const [table] = document.tables;
const textAt = (position: { start: { offset: number }; end: { offset: number } }) =>
  document.text.slice(position.start.offset, position.end.offset);

describe('cellAt', () => {
  it('gives the cell of a column, and nothing for a missing column or a ragged row', () => {
    expect(cellAt(table.rows[0], 0)?.text).toBe('Outage');
    expect(cellAt(table.rows[0], -1)).toBeUndefined();
    expect(cellAt(table.rows[1], 1)).toBeUndefined();
  });
});

describe('cellTextPosition', () => {
  it('covers what the author wrote, emphasis included, without pipes and padding', () => {
    expect(textAt(cellTextPosition(document, table.rows[0][0]))).toBe('**Outage**');
  });

  it('is the whole cell for an empty cell', () => {
    const empty = table.rows[0][1];
    expect(cellTextPosition(document, empty)).toEqual(empty.position);
  });
});
