import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import { cellAt, cellTextPosition } from './table-cells.js';
import { defined } from '../defined.js';

const document = parseSpecDocument('| Risk | Impact |\n|---|---|\n|   **Outage**   |  |\n| Ragged |\n');
const table = defined(document.tables[0], 'the fixture table');
const outageRow = defined(table.rows[0], 'the Outage row');
const raggedRow = defined(table.rows[1], 'the Ragged row');
const textAt = (position: { start: { offset: number }; end: { offset: number } }) =>
  document.text.slice(position.start.offset, position.end.offset);

describe('cellAt', () => {
  it('gives the cell of a column, and nothing for a missing column or a ragged row', () => {
    expect(cellAt(outageRow, 0)?.text).toBe('Outage');
    expect(cellAt(outageRow, -1)).toBeUndefined();
    expect(cellAt(raggedRow, 1)).toBeUndefined();
  });
});

describe('cellTextPosition', () => {
  it('covers what the author wrote, emphasis included, without pipes and padding', () => {
    expect(textAt(cellTextPosition(document, defined(outageRow[0], 'the Outage cell')))).toBe('**Outage**');
  });

  it('is the whole cell for an empty cell', () => {
    const empty = defined(outageRow[1], 'the empty Impact cell');
    expect(cellTextPosition(document, empty)).toEqual(empty.position);
  });
});
