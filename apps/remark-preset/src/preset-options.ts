import type { RuleSetting } from '@specloom/core';

/** A rule setting in `.remarkrc`: specloom's (`'off' | 'warn' | 'error'`, 0–2, `[severity, options]`) or remark-lint's booleans. */
export type PresetRuleSetting = RuleSetting | boolean | 'on' | [boolean | 'on', unknown?];

/** Options of `remark-preset-lint-specloom` in `.remarkrc`: `["remark-preset-lint-specloom", {"rules": {…}}]`. */
export interface Options {
  /** Rule settings applied on top of the `specloom.config.*` that governs each file. */
  rules?: Record<string, PresetRuleSetting>;
}

export const OPTIONS_NAME = 'remark-preset-lint-specloom options';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The preset's options, checked: the rule overrides, or a problem naming what was expected. */
export function readOptions(options: unknown): { rules: Record<string, unknown> } | { problem: string } {
  if (options === undefined || options === null || options === true) return { rules: {} };
  if (!isPlainObject(options)) {
    return { problem: `${OPTIONS_NAME}: Unexpected ${describe(options)}, expected an object such as {"rules": {"placeholder": "warn"}}` };
  }
  const unknown = Object.keys(options).filter((key) => key !== 'rules');
  if (unknown.length > 0) {
    return { problem: `${OPTIONS_NAME}: Unexpected option "${unknown[0]}", expected "rules"` };
  }
  if (options.rules === undefined) return { rules: {} };
  if (!isPlainObject(options.rules)) {
    return { problem: `${OPTIONS_NAME}: Unexpected ${describe(options.rules)} for "rules", expected an object of rule id -> setting` };
  }
  return { rules: options.rules };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
