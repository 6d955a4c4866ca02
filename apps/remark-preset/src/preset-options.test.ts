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
    expect(readOptions({ rule: {} })).toEqual({ problem: 'remark-preset-lint-specloom options: Unexpected option "rule", expected "rules" or "today"' });
    expect(readOptions({ rules: ['placeholder'] })).toEqual({
      problem: 'remark-preset-lint-specloom options: Unexpected an array for "rules", expected an object of rule id -> setting',
    });
  });

  it('accepts a today date and names the expected form for anything else', () => {
    expect(readOptions({ today: '2026-02-28' })).toEqual({ rules: {}, today: '2026-02-28' });
    expect(readOptions({ rules: { placeholder: 'off' }, today: '2024-02-29' })).toEqual({ rules: { placeholder: 'off' }, today: '2024-02-29' });
    const problem = (shown: string) => ({
      problem: `remark-preset-lint-specloom options: Unexpected ${shown} for "today", expected an ISO date (YYYY-MM-DD) such as "2026-01-31"`,
    });
    expect(readOptions({ today: '28/02/2026' })).toEqual(problem('the string "28/02/2026"'));
    expect(readOptions({ today: '2026-02-30' })).toEqual(problem('the string "2026-02-30"'));
    expect(readOptions({ today: 20260228 })).toEqual(problem('number 20260228'));
  });
});
