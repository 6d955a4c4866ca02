import type { SpecDocument, SpecTable, TableCell } from '@specloom/core';
import { findColumn, isNoteRow } from './tables.js';

export const LICENSE_COLUMNS = {
  dependency: ['Dependency', 'Library', 'Package', 'Component'],
  license: ['License', 'Licence', 'SPDX', 'License (SPDX)'],
  commercialUse: ['Commercial Use', 'Commercial'],
  verdict: ['Verdict', 'Decision'],
} as const;

export interface LicenseRow {
  table: SpecTable;
  row: readonly TableCell[];
  /** The dependency as the first column names it, for messages. */
  dependency: string;
  license?: TableCell;
  commercialUse?: TableCell;
  verdict?: TableCell;
}

/**
 * The rows of the dependency license audit: every table with a License column next to a Verdict or Commercial
 * Use column, wherever the spec puts it (5.1 in the template).
 */
export function licenseRows(document: SpecDocument): LicenseRow[] {
  const rows: LicenseRow[] = [];
  for (const table of document.tables) {
    const license = findColumn(table, LICENSE_COLUMNS.license);
    const commercialUse = findColumn(table, LICENSE_COLUMNS.commercialUse);
    const verdict = findColumn(table, LICENSE_COLUMNS.verdict);
    if (license === -1 || (commercialUse === -1 && verdict === -1)) continue;
    const dependencyColumn = findColumn(table, LICENSE_COLUMNS.dependency);
    for (const row of table.rows) {
      // `| None | — | — | — |`: no new dependencies to audit.
      if (isNoteRow(row, dependencyColumn === -1 ? 0 : dependencyColumn)) continue;
      const name = row[dependencyColumn === -1 ? 0 : dependencyColumn]?.text ?? '';
      rows.push({
        table,
        row,
        dependency: name,
        license: row[license],
        commercialUse: commercialUse === -1 ? undefined : row[commercialUse],
        verdict: verdict === -1 ? undefined : row[verdict],
      });
    }
  }
  return rows;
}
