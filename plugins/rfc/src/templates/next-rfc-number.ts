import type { UsedIds } from '@specloom/core';

/** An RFC's own file name: `0007-billing-webhooks.md`. */
const RFC_FILE_NAME = /^(\d{4})-.*\.md$/iu;
/** `SPEC 0007`, or a number reserved in config (`42`, `"0042"`). */
const RFC_NUMBER = /^(?:SPEC\s+)?(\d+)$/u;

/**
 * `specloom new rfc`: the RFC number after the highest one in use — in `SPEC NNNN` IDs, numbers reserved in
 * config and `NNNN-slug.md` file names — as four digits. Gaps are left alone: a missing number may be work in flight.
 */
export function nextRfcNumber(used: UsedIds): string {
  let highest = 0;
  for (const id of used.ids) {
    const number = RFC_NUMBER.exec(id)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  for (const name of used.fileNames) {
    const number = RFC_FILE_NAME.exec(name)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  if (highest >= 9999) throw new RangeError('Unexpected RFC number above 9999, expected four digits');
  return String(highest + 1).padStart(4, '0');
}
