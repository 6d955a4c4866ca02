import type { UsedIds } from './spec-ids.js';

/** The RFC number after the highest one in use (gaps are left alone: a missing number may be work in flight). */
export function nextRfcNumber(used: UsedIds): number {
  const highest = Math.max(0, ...used.rfcNumbers);
  if (highest >= 9999) throw new RangeError('Unexpected RFC number above 9999, expected four digits');
  return highest + 1;
}

export function formatRfcNumber(number: number): string {
  return String(number).padStart(4, '0');
}

/** `SPEC-<today>-NNN` with NNN one above the highest used on that day. */
export function nextDatedId(used: UsedIds, today: string): string {
  const prefix = `SPEC-${today}-`;
  let highest = 0;
  for (const id of used.datedIds) {
    if (id.startsWith(prefix)) highest = Math.max(highest, Number(id.slice(prefix.length)));
  }
  if (highest >= 999) throw new RangeError(`Unexpected more than 999 specs dated ${today}, expected three digits`);
  return `${prefix}${String(highest + 1).padStart(3, '0')}`;
}
