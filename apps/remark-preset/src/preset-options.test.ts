import { describe, expect, it } from 'vitest';
import { readOptions } from './preset-options.js';

describe('readOptions', () => {
  it('accepts no options and rule settings', () => {
    expect(readOptions(undefined)).toEqual({ rules: {} });
    expect(readOptions({ rules: { placeholder: 'warn' } })).toEqual({ rules: { placeholder: 'warn' } });
  });

  it('names what was expected for options of the wrong shape', () => {
    expect(readOptions('warn')).toEqual({
      problem: 'remark-preset-lint-specloom options: Unexpected the string "warn", expected an object such as {"rules": {"placeholder": "warn"}}',
    });
    expect(readOptions({ rule: {} })).toEqual({ problem: 'remark-preset-lint-specloom options: Unexpected option "rule", expected "rules"' });
    expect(readOptions({ rules: ['placeholder'] })).toEqual({
      problem: 'remark-preset-lint-specloom options: Unexpected an array for "rules", expected an object of rule id -> setting',
    });
  });
});
