import { describe, expect, it } from 'vitest';
import { isDuration, parseEffort } from './effort.js';

describe('parseEffort', () => {
  it.each([
    ['4h', 4, 4],
    ['4-8h', 4, 8],
    ['4h-1d', 4, 8],
    ['1 - 2 days', 8, 16],
    ['2 to 3 d', 16, 24],
    ['1w', 40, 40],
    ['1,5d', 12, 12],
    ['½d', 4, 4],
    ['30min', 0.5, 0.5],
    ['~4h', 4, 4],
    ['**2d** (timeboxed)', 16, 16],
    ['up to 2d', null, 16],
    ['max. 1w', null, 40],
    ['2 sprints', null, null],
    ['1-2 months', null, null],
    ['1,000h', null, null],
  ])('reads %s as %s to %s working hours', (text, minHours, maxHours) => {
    expect(parseEffort(text)).toEqual({ minHours, maxHours });
  });

  it.each(['a few days', 'TBD', '4-8', 'Xd', ''])('reads %j as no duration, as spike-effort does', (text) => {
    expect(parseEffort(text)).toBeUndefined();
    expect(isDuration(text)).toBe(false);
  });
});
