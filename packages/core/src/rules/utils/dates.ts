/** What a metadata date value turned out to be. */
export type DateCheck =
  | { kind: 'valid'; iso: string }
  /** An unambiguous other spelling (`2025/01/05`, `2025-1-5`, `2025.01.05`) of a real date. */
  | { kind: 'normalizable'; iso: string }
  /** Shaped like a date but not a real one; `reason` says why (`February 2025 has 28 days`). */
  | { kind: 'invalid'; reason: string }
  | { kind: 'unrecognized' };

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

/** Why year/month/day is not a calendar date, or undefined when it is one. */
function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${monthNames[month - 1]} ${year} has ${days} days`;
  return undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Check a date value: ISO `YYYY-MM-DD` and a real calendar date. */
export function checkDate(text: string): DateCheck {
  const value = text.trim();
  const iso = isoDate.exec(value);
  const loose = iso ? undefined : yearFirstDate.exec(value);
  if (!iso && !loose) return { kind: 'unrecognized' };
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : [loose![1], loose![3], loose![4]].map(Number);
  const problem = calendarProblem(year, month, day);
  if (problem) return { kind: 'invalid', reason: problem };
  return iso ? { kind: 'valid', iso: value } : { kind: 'normalizable', iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** The ISO date a value means, when it is a real date in ISO or an unambiguous other spelling. */
export function isoDateOf(text: string): string | undefined {
  const check = checkDate(text);
  return check.kind === 'valid' || check.kind === 'normalizable' ? check.iso : undefined;
}
