/** What a date written in a spec turned out to be. */
export type DateCheck =
  | { kind: 'valid'; iso: string }
  /** Shaped like `YYYY-MM-DD` but not a calendar day; `reason` says why (`February 2026 has 28 days`). */
  | { kind: 'invalid'; reason: string }
  | { kind: 'unrecognized' };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Check that `text` is an ISO date (`YYYY-MM-DD`) naming a real calendar day. */
export function checkIsoDate(text: string): DateCheck {
  const match = isoDate.exec(text.trim());
  if (!match) return { kind: 'unrecognized' };
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  if (month < 1 || month > 12) return { kind: 'invalid', reason: `month ${month} does not exist` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { kind: 'invalid', reason: `${monthNames[month - 1]} ${year} has ${days} days` };
  return { kind: 'valid', iso: match[0] };
}

/** True for text shaped like a date (`2026-1-5`, `2026/01/05`) that a reader means as one. */
export function looksLikeDate(text: string): boolean {
  return /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(text.trim());
}
