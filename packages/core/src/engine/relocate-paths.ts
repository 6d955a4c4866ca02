import path from 'node:path';

function startsWithRoot(value: string, root: string): boolean {
  if (!value.startsWith(root)) return false;
  const next = value.charAt(root.length);
  return next === '' || next === '/' || next === path.sep;
}

/**
 * `value` with every string that is the folder `from`, or a path below it, moved to the folder `to`. Results and
 * workspace facts hold absolute paths (a linked file, an OpenSpec root), so a cache or a shard report made in one
 * checkout folder must be moved this way to serve a checkout in another. Copy on write: a value without such
 * strings is returned as it is, so the common case allocates nothing. Maps, Sets, arrays and plain objects are
 * walked; other objects are kept as they are.
 */
export function relocatePaths<Value>(value: Value, from: string, to: string): Value {
  if (from === to) return value;
  return relocate(value, from, to, new Map()) as Value;
}

function relocate(value: unknown, from: string, to: string, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return startsWithRoot(value, from) ? to + value.slice(from.length) : value;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  seen.set(value, value);
  let moved: unknown = value;
  if (Array.isArray(value)) {
    const items = value.map((item) => relocate(item, from, to, seen));
    if (items.some((item, index) => item !== value[index])) moved = items;
  } else if (value instanceof Map) {
    const entries = [...value].map(([key, item]) => [relocate(key, from, to, seen), relocate(item, from, to, seen)] as const);
    if (entries.some(([key, item]) => !value.has(key) || value.get(key) !== item)) moved = new Map(entries);
  } else if (value instanceof Set) {
    const items = [...value].map((item) => relocate(item, from, to, seen));
    if (items.some((item) => !value.has(item))) moved = new Set(items);
  } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record).map((key) => [key, relocate(record[key], from, to, seen)] as const);
    if (entries.some(([key, item]) => item !== record[key])) moved = Object.fromEntries(entries);
  }
  seen.set(value, moved);
  return moved;
}
