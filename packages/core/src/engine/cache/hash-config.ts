import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ResolvedConfig } from '../../types/index.js';

export interface CacheKeyInput {
  config: ResolvedConfig;
  /** The specloom version: a new release may change any rule. */
  version: string;
  /** Date rules depend on "today", so a cache from yesterday is stale. */
  today: string;
}

/** Sets, maps and functions in a stable, hashable form (rule code is hashed so a plugin upgrade invalidates). */
function stableValue(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return '[circular]';
    seen.add(value);
  }
  const inner = (entry: unknown) => stableValue(entry, seen);
  if (typeof value === 'function') return `function:${String(value)}`;
  if (value instanceof Map) return [...value.entries()].map(([key, entry]) => [String(key), inner(entry)]);
  if (value instanceof Set) return [...value].map(inner);
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return value.map(inner);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, inner((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * One hash of the config's rules, templates, settings and limits. Paths in it are relative to the config's folder, so
 * the same config in a checkout in another folder (another CI machine) hashes the same.
 */
export function hashConfig(config: ResolvedConfig): string {
  const rules = config.rules.map(({ id, rule }) => {
    const { meta, ...code } = rule as unknown as { meta: unknown } & Record<string, unknown>;
    return [id, stableValue(meta), stableValue(code)];
  });
  const key = {
    configFile: config.filePath === undefined ? null : path.relative(config.rootDir, config.filePath).split(path.sep).join('/'),
    templates: stableValue(config.templates),
    templateGlobs: config.templateGlobs,
    rules,
    ruleSettings: stableValue(config.ruleSettings),
    settings: stableValue(config.settings),
    // A file too deep or too slow under one limit may lint cleanly under another.
    limits: stableValue(config.limits ?? null),
  };
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}

/** One hash for everything besides a file's own text that decides its lint result. */
export function hashCacheKey({ config, version, today }: CacheKeyInput): string {
  return createHash('sha256').update(JSON.stringify({ version, today, config: hashConfig(config) })).digest('hex');
}

export function hashContent(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
