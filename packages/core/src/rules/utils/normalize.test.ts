import { describe, expect, it } from 'vitest';
import { normalizeColumn, normalizeId, normalizeName } from './normalize.js';

describe('normalizeName', () => {
  it('compares titles, labels and keys without case, emphasis, code marks, extra white space or a trailing colon', () => {
    expect(normalizeName('**Last  Updated:**')).toBe('last updated');
    expect(normalizeName('`Pros`:')).toBe('pros');
    expect(normalizeName('_Pros:_')).toBe('pros');
    expect(normalizeName('__Migration Strategy__ :')).toBe('migration strategy');
  });

  it('keeps an underscore inside a name: `snake_case` keys and titles match only themselves', () => {
    // The design-doc and RFC plugins once stripped every `_`, so `Non_Goals` matched `NonGoals` there only.
    expect(normalizeName('last_updated')).toBe('last_updated');
    expect(normalizeName('Non_Goals')).not.toBe(normalizeName('NonGoals'));
  });
});

describe('normalizeColumn', () => {
  it('also ignores white space inside the name', () => {
    expect(normalizeColumn('Target Date')).toBe(normalizeColumn('targetdate'));
  });
});

describe('normalizeId', () => {
  it('compares IDs without case and with single spaces', () => {
    expect(normalizeId(' spec  0007 ')).toBe('SPEC 0007');
  });
});
