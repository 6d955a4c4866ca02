import { describe, expect, it } from 'vitest';
import { readPriority } from './priority.js';

describe('readPriority', () => {
  it.each([
    ['P1 High', 'P1', 'High'],
    ['p0 critical', 'P0', 'Critical'],
    ['P2 - Medium', 'P2', 'Medium'],
    ['P3 (Low)', 'P3', 'Low'],
    ['P1', 'P1', 'High'],
    ['High', 'P1', 'High'],
  ])('reads %j as %s %s', (value, level, label) => {
    expect(readPriority(value)).toEqual({ level, label });
  });

  it.each(['P1 Low', 'P5', 'P1 Urgent', 'Soon', 'P0 Critical | P1 High', ''])('reads %j as no priority', (value) => {
    expect(readPriority(value)).toBeUndefined();
  });
});
