const number = String.raw`\d+(?:[.,]\d+)?|½|¼|¾`;
const unit = String.raw`(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|min|mins|minutes?|pd|person[- ]?days?|sprints?)`;
/** `4h`, `4-8h`, `4h-1d`, `1 - 2 days`, `2 to 3 d`, `up to 2d`, `~4h`. */
const duration = new RegExp(
  String.raw`^(?<bound>~|≈|<=?|≤|max\.?|up to|approx\.?|about)?\s*(?<low>${number})\s*(?<lowUnit>${unit})?\s*(?:(?:-|–|—|to)\s*(?<high>${number})\s*)?(?<unit>${unit})$`,
  'iu',
);

/**
 * An effort in working hours. A bound is null when the text does not give it (`up to 2d` has no minimum) or when
 * its unit has no fixed length (months, sprints).
 */
export interface EffortHours {
  minHours: number | null;
  maxHours: number | null;
}

/** Working hours per unit: a day is 8 hours, a week 5 days; months and sprints vary by team, so they have none. */
function hoursPerUnit(unitText: string): number | null {
  const name = unitText.toLowerCase();
  if (name.startsWith('min')) return 1 / 60;
  if (name.startsWith('h')) return 1;
  if (name.startsWith('d') || name.startsWith('p')) return 8;
  if (name.startsWith('w')) return 40;
  return null;
}

function numberValue(text: string): number | null {
  if (text === '½') return 0.5;
  if (text === '¼') return 0.25;
  if (text === '¾') return 0.75;
  // `1,000` could be a thousand or one: no value rather than a wrong one.
  if (/,\d{3}$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

function hours(amount: string, unitText: string): number | null {
  const value = numberValue(amount);
  const perUnit = hoursPerUnit(unitText);
  return value === null || perUnit === null ? null : Math.round(value * perUnit * 100) / 100;
}

/**
 * Read a spike effort the way spike-effort checks it: a duration or range (`4h`, `4-8h`, `4h-1d`, `2d (timeboxed)`)
 * as working hours; undefined when the text is not a duration.
 */
export function parseEffort(text: string): EffortHours | undefined {
  const value = text
    .replace(/[*_`]/g, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
  const groups = duration.exec(value)?.groups;
  if (!groups) return undefined;
  // `low` and `unit` take part in every match.
  const low = groups.low!;
  const upper = groups.unit!;
  if (groups.high === undefined) {
    const amount = hours(low, upper);
    return { minHours: isUpperBound(groups.bound) ? null : amount, maxHours: amount };
  }
  return {
    minHours: isUpperBound(groups.bound) ? null : hours(low, groups.lowUnit ?? upper),
    maxHours: hours(groups.high, upper),
  };
}

/** `up to 2d`, `max 2d`, `<= 2d` name a maximum only; `~`, `approx`, `about` an estimate. */
function isUpperBound(bound: string | undefined): boolean {
  return bound !== undefined && /^(?:<|≤|max|up)/i.test(bound);
}

/**
 * True when text is a duration or a range of durations, the way spike efforts are estimated. A note in
 * parentheses after it (`2d (timeboxed)`) is allowed.
 */
export function isDuration(text: string): boolean {
  return parseEffort(text) !== undefined;
}
