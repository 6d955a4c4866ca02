import type { Table, TableCell as MdastTableCell } from 'mdast';
import type { SpecTable, TableCell, Section } from '../types/document.js';
import { plainText } from './plain-text.js';
import { positionOfNode } from './positions.js';

/** A GFM table: the first row is the header; rows keep the cells as written (ragged rows are not padded). */
export function tableFromNode(node: Table, section: Section | undefined, lineStarts: readonly number[]): SpecTable {
  const [headerRow, ...bodyRows] = node.children;
  const toCell = (cell: MdastTableCell): TableCell => ({
    text: plainText(cell).trim(),
    position: positionOfNode(lineStarts, cell),
  });
  return {
    header: headerRow ? headerRow.children.map(toCell) : [],
    rows: bodyRows.map((row) => row.children.map(toCell)),
    position: positionOfNode(lineStarts, node),
    ...(section === undefined ? {} : { section }),
    node,
  };
}
