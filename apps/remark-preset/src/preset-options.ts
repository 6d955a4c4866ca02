import { isoDateOf, type RuleSetting } from '@specloom/core';

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30, nor padded). */
const isRealIsoDate = (value: string): boolean => isoDateOf(value, { isoOnly: true }) === value;

/** A rule setting in `.remarkrc`: specloom's (`'off' | 'warn' | 'error'`, 0–2, `[severity, options]`) or remark-lint's booleans. */
export type PresetRuleSetting = RuleSetting | boolean | 'on' | [boolean | 'on', unknown?];

/** Options of `remark-preset-lint-specloom` in `.remarkrc`: `["remark-preset-lint-specloom", {"rules": {…}}]`. */
export interface Options {
  /** Rule settings applied on top of the `specloom.config.*` that governs each file. */
  rules?: Record<string, PresetRuleSetting>;
  /** The date date rules take as today (`YYYY-MM-DD`), instead of the local date: for reproducible runs. */
  today?: string;
}

/** The options, checked: what the lint runs use. */
export interface PresetSettings {
  rules: Record<string, unknown>;
  /** Undefined: the local date, as the CLI uses. */
  today?: string;
}

export const OPTIONS_NAME = 'remark-preset-lint-specloom options';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const OPTION_NAMES = ['rules', 'today'];

/** The preset's options, checked: the settings, or a problem naming what was expected. */
export function readOptions(options: unknown): PresetSettings | { problem: string } {
  if (options === undefined || options === null || options === true) return { rules: {} };
  if (!isPlainObject(options)) {
    return { problem: `${OPTIONS_NAME}: Unexpected ${describe(options)}, expected an object such as {"rules": {"placeholder": "warn"}}` };
  }
  const unknown = Object.keys(options).filter((key) => !OPTION_NAMES.includes(key));
  if (unknown.length > 0) {
    return { problem: `${OPTIONS_NAME}: Unexpected option "${unknown[0]}", expected "rules" or "today"` };
  }
  if (options.today !== undefined && (typeof options.today !== 'string' || !isRealIsoDate(options.today))) {
    return { problem: `${OPTIONS_NAME}: Unexpected ${describe(options.today)} for "today", expected an ISO date (YYYY-MM-DD) such as "2026-01-31"` };
  }
  const today = options.today === undefined ? {} : { today: options.today };
  if (options.rules === undefined) return { rules: {}, ...today };
  if (!isPlainObject(options.rules)) {
    return { problem: `${OPTIONS_NAME}: Unexpected ${describe(options.rules)} for "rules", expected an object of rule id -> setting` };
  }
  return { rules: options.rules, ...today };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
