import { normalizeName, type SpecTable, type TableCell } from '@specloom/core';

/** Index of the first header cell whose normalised text is one of `names`, or -1. */
export function columnIndex(table: SpecTable, names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeName));
  return table.header.findIndex((cell) => wanted.has(normalizeName(cell.text)));
}

/** Cell text without emphasis or code markers: `**High**` -> `High`. */
export function cellValue(cell: TableCell | undefined): string {
  return (cell?.text ?? '').replace(/[*_`]/g, '').trim();
}
