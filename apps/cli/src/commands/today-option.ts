import { isoDateOf } from '@specloom/core';

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30, nor padded), as the remark preset's `today` option takes it. */
export function isIsoDate(value: string): boolean {
  return isoDateOf(value, { isoOnly: true }) === value;
}

export const EXPECTED_DATE = 'expected a real date written YYYY-MM-DD, such as 2026-01-31';

/**
 * The date date rules judge by: `--today`, else `SPECLOOM_TODAY`, else undefined (the engine takes the local
 * date). A fixed date makes a CI run reproducible: "Last Updated is in the future" does not depend on the clock.
 */
export function resolveToday(
  todayOption: string | undefined,
  env: Record<string, string | undefined>,
): { today: string | undefined } | { error: string } {
  if (todayOption !== undefined) return { today: todayOption };
  const fromEnvironment = env.SPECLOOM_TODAY;
  if (fromEnvironment === undefined || fromEnvironment === '') return { today: undefined };
  if (!isIsoDate(fromEnvironment)) return { error: `Unexpected SPECLOOM_TODAY "${fromEnvironment}", ${EXPECTED_DATE}` };
  return { today: fromEnvironment };
}
