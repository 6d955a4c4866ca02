/** Plain aligned columns for listings: every column but the last padded to its widest cell. */
export function formatColumns(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, index) => Math.max(...rows.map((row) => row[index].length)));
  return rows
    .map((row) =>
      row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
