const number = String.raw`\d+(?:[.,]\d+)?|½|¼|¾`;
const unit = String.raw`(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|min|mins|minutes?|pd|person[- ]?days?|sprints?)`;
/** `4h`, `4-8h`, `4h-1d`, `1 - 2 days`, `2 to 3 d`, `up to 2d`, `~4h`. */
const duration = new RegExp(
  String.raw`^(?:~|≈|<=?|≤|max\.?|up to|approx\.?|about)?\s*(?:${number})\s*(?:${unit})?\s*(?:(?:-|–|—|to)\s*(?:${number})\s*)?(?:${unit})$`,
  'iu',
);

/**
 * True when text is a duration or a range of durations, the way spike efforts are estimated. A note in
 * parentheses after it (`2d (timeboxed)`) is allowed.
 */
export function isDuration(text: string): boolean {
  const value = text
    .replace(/[*_`]/g, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
  return duration.test(value);
}
