const cache = new Map<string, RegExp | null>();

/**
 * Compile a RegExp source from a schema, once per run. A schema written by hand may hold an invalid
 * pattern: that must not crash a lint run, so it yields undefined and the check that needed it is skipped.
 * The instance is shared: use global patterns only through `matchAll`, which works on a copy.
 */
export function safeRegExp(source: string, flags = ''): RegExp | undefined {
  const key = `${flags}/${source}`;
  let compiled = cache.get(key);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source, flags);
    } catch {
      compiled = null;
    }
    cache.set(key, compiled);
  }
  return compiled ?? undefined;
}
