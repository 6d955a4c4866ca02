import { DEFAULT_MAX_NESTING_DEPTH } from '../document/nesting-depth.js';
import type { LimitsConfig, ResolvedConfig } from '../types/index.js';

/**
 * Milliseconds one file may take, parse and every lint and fix pass included. The largest real spec we know
 * (170 KB) lints in well under a second and a 2 MB one in about three; a file past ten seconds is pathological
 * (micromark is quadratic in some shapes) and would otherwise hold up a whole run.
 */
export const DEFAULT_MAX_FILE_TIME_MS = 10_000;

export type Limits = Required<LimitsConfig>;

export function resolveLimits(config: Pick<ResolvedConfig, 'limits'>): Limits {
  return {
    maxNestingDepth: config.limits?.maxNestingDepth ?? DEFAULT_MAX_NESTING_DEPTH,
    maxFileTimeMs: config.limits?.maxFileTimeMs ?? DEFAULT_MAX_FILE_TIME_MS,
  };
}
