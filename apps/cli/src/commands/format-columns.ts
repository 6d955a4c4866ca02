/** Plain aligned columns for listings: every column but the last padded to its widest cell. */
export function formatColumns(rows: string[][]): string {
  const [first] = rows;
  if (!first) return '';
  const widths = first.map((_, index) => Math.max(...rows.map((row) => row[index]?.length ?? 0)));
  return rows
    .map((row) =>
      row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
