import { describe, expect, it } from 'vitest';
import { joinWords, quote, quoteList, shortenText } from './format.js';

describe('quote and quoteList', () => {
  it('quote values as messages name them', () => {
    expect(quote('Draft')).toBe('"Draft"');
    expect(quoteList(['Low', 'High'])).toBe('"Low", "High"');
  });
});

describe('joinWords', () => {
  it('lists words in prose, with "and" unless told "or"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['Given'])).toBe('Given');
    expect(joinWords(['Given', 'When'])).toBe('Given and When');
    expect(joinWords(['draft', 'review', 'approved'], 'or')).toBe('draft, review or approved');
  });
});

describe('shortenText', () => {
  it('keeps short text whole, on one line', () => {
    expect(shortenText('  Apache\n  2.0 ', 40)).toBe('Apache 2.0');
  });

  it('cuts long text to the length, ellipsis included, without a space before the ellipsis', () => {
    expect(shortenText('abcdefghij', 5)).toBe('abcd…');
    expect(shortenText('abc defghij', 5)).toBe('abc…');
    expect(shortenText('abcdefghij', 10)).toBe('abcdefghij');
  });
});
