/** `"a"`: how messages name a value (as the core rules do). */
export function quote(text: string): string {
  return `"${text}"`;
}

/** `"a", "b", "c"`: how messages list what was expected. */
export function quoteList(items: readonly string[]): string {
  return items.map(quote).join(', ');
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
