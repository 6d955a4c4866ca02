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

export const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a real calendar date, else undefined. */
export function isoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  return calendarProblem(year, month, day) ? undefined : match[0];
}
