import { defined } from '../defined.js';

/** What a date written in a spec turned out to be. */
export type DateCheck =
  | { kind: 'valid'; iso: string }
  /** An unambiguous other spelling (`2025/01/05`, `2025-1-5`, `2025.01.05`) of a real date. */
  | { kind: 'normalizable'; iso: string }
  /** Shaped like a date but not a real one; `reason` says why (`February 2025 has 28 days`). */
  | { kind: 'invalid'; reason: string }
  | { kind: 'unrecognized' };

/** What `checkDate` can answer when only ISO `YYYY-MM-DD` is read as a date. */
export type IsoDateCheck = Exclude<DateCheck, { kind: 'normalizable' }>;

export interface CheckDateOptions {
  /**
   * Read only ISO `YYYY-MM-DD`: other spellings are `unrecognized`, so a rule that asks for ISO can say
   * "expected YYYY-MM-DD" instead of offering a fix. Metadata dates (core's `metadata-date`) read the other
   * spellings to fix them; dates inside tables and lists (timelines, change logs, action items) do not.
   */
  isoOnly?: boolean;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Year first, then month and day with one or two digits, separated by one consistent `-`, `/` or `.`. */
const yearFirstDate = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why year/month/day is not a calendar date (`February 2026 has 28 days`), or undefined when it is one. */
export function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${monthNames[month - 1]} ${year} has ${days} days`;
  return undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Check a date value (trimmed): ISO `YYYY-MM-DD` of a real calendar date, or (unless `isoOnly`) another spelling of one. */
export function checkDate(text: string, options: CheckDateOptions & { isoOnly: true }): IsoDateCheck;
export function checkDate(text: string, options?: CheckDateOptions): DateCheck;
export function checkDate(text: string, options: CheckDateOptions = {}): DateCheck {
  const value = text.trim();
  const iso = isoDate.exec(value);
  const loose = iso || options.isoOnly ? undefined : yearFirstDate.exec(value);
  const match = iso ?? loose;
  if (!match) return { kind: 'unrecognized' };
  const group = (index: number) => Number(defined(match[index], 'every group of a date pattern to take part in its match'));
  const [year, month, day] = iso ? [group(1), group(2), group(3)] : [group(1), group(3), group(4)];
  const problem = calendarProblem(year, month, day);
  if (problem) return { kind: 'invalid', reason: problem };
  return iso ? { kind: 'valid', iso: value } : { kind: 'normalizable', iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** The ISO date a value means: a real date in ISO or (unless `isoOnly`) an unambiguous other spelling. */
export function isoDateOf(text: string, options: CheckDateOptions = {}): string | undefined {
  const check = checkDate(text, options);
  return check.kind === 'valid' || check.kind === 'normalizable' ? check.iso : undefined;
}

/**
 * Whether an ISO date lies in the future for its author, judged on `today` (the run's date): later than the day
 * after it. The author's "today" can be a day ahead of the runner's (UTC+14 while a CI runner is on UTC), so a
 * spec dated the author's today is not in the future; two days ahead is, wherever the author is.
 */
export function isFutureDate(isoDate: string, today: string): boolean {
  return isoDate > dayAfter(today);
}

/** `2026-02-28` -> `2026-03-01`; a value that is not an ISO date is returned as it is. */
function dayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
