import { describe, expect, it } from 'vitest';
import { calendarProblem, checkDate, isFutureDate, isoDateOf } from './calendar-dates.js';

describe('checkDate', () => {
  it('reads an ISO date of a real day, trimmed', () => {
    expect(checkDate(' 2024-02-29 ')).toEqual({ kind: 'valid', iso: '2024-02-29' });
  });

  it('says why an ISO-shaped date is not a real day', () => {
    expect(checkDate('2026-02-29')).toEqual({ kind: 'invalid', reason: 'February 2026 has 28 days' });
    expect(checkDate('2026-13-01')).toEqual({ kind: 'invalid', reason: 'month 13 does not exist' });
    expect(checkDate('2026-04-00')).toEqual({ kind: 'invalid', reason: 'April 2026 has 30 days' });
  });

  it('reads unambiguous other spellings as the ISO date they mean (metadata dates are fixed to it)', () => {
    expect(checkDate('2026/1/5')).toEqual({ kind: 'normalizable', iso: '2026-01-05' });
    expect(checkDate('2026.01.05')).toEqual({ kind: 'normalizable', iso: '2026-01-05' });
    expect(checkDate('2026/02/30')).toEqual({ kind: 'invalid', reason: 'February 2026 has 28 days' });
  });

  it('does not read mixed separators, day-first dates or words as dates', () => {
    expect(checkDate('2026-01/05')).toEqual({ kind: 'unrecognized' });
    expect(checkDate('05/01/2026')).toEqual({ kind: 'unrecognized' });
    expect(checkDate('Q3 2026')).toEqual({ kind: 'unrecognized' });
    expect(checkDate('')).toEqual({ kind: 'unrecognized' });
  });

  it('with isoOnly, reads only YYYY-MM-DD: other spellings are unrecognized, impossible ISO days still invalid', () => {
    // The copies in the design-doc and RFC plugins (`checkIsoDate`) and spec-dated (`isoDate`) read dates this way.
    expect(checkDate('2026-01-05', { isoOnly: true })).toEqual({ kind: 'valid', iso: '2026-01-05' });
    expect(checkDate('2026/01/05', { isoOnly: true })).toEqual({ kind: 'unrecognized' });
    expect(checkDate('2026-1-5', { isoOnly: true })).toEqual({ kind: 'unrecognized' });
    expect(checkDate('2026/13/01', { isoOnly: true })).toEqual({ kind: 'unrecognized' });
    expect(checkDate('2026-02-30', { isoOnly: true })).toEqual({ kind: 'invalid', reason: 'February 2026 has 28 days' });
  });
});

describe('isoDateOf', () => {
  it('gives the ISO date of a real date, in any spelling unless isoOnly', () => {
    expect(isoDateOf('2026-01-05')).toBe('2026-01-05');
    expect(isoDateOf('2026/1/5')).toBe('2026-01-05');
    expect(isoDateOf('2026/1/5', { isoOnly: true })).toBeUndefined();
    expect(isoDateOf('2026-02-30')).toBeUndefined();
    expect(isoDateOf('TBD')).toBeUndefined();
  });
});

describe('calendarProblem', () => {
  it('is undefined for a real day and names the problem otherwise', () => {
    expect(calendarProblem(2024, 2, 29)).toBeUndefined();
    expect(calendarProblem(2025, 2, 29)).toBe('February 2025 has 28 days');
    expect(calendarProblem(2025, 0, 1)).toBe('month 0 does not exist');
    expect(calendarProblem(2025, 12, 32)).toBe('December 2025 has 31 days');
  });
});

describe('isFutureDate', () => {
  it('is later than the day after today, across month and year ends', () => {
    expect(isFutureDate('2026-03-01', '2026-03-01')).toBe(false);
    expect(isFutureDate('2026-03-02', '2026-03-01')).toBe(false);
    expect(isFutureDate('2026-03-03', '2026-03-01')).toBe(true);
    expect(isFutureDate('2024-02-29', '2024-02-28')).toBe(false);
    expect(isFutureDate('2024-03-01', '2024-02-28')).toBe(true);
    expect(isFutureDate('2027-01-01', '2026-12-31')).toBe(false);
    expect(isFutureDate('2027-01-02', '2026-12-31')).toBe(true);
  });
});
