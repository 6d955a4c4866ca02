/** `"a"`: how messages name a value. */
export function quote(text: string): string {
  return `"${text}"`;
}

/** `"a", "b", "c"`: how messages list what was expected. */
export function quoteList(items: readonly string[]): string {
  return items.map(quote).join(', ');
}

/** `a`, `a and b`, `a, b and c` (or `a, b or c` with `conjunction` `or`): how messages list names in prose. */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * Text for a message, on one line and at most `maxLength` characters: a long cell or value would drown the
 * message, so its start is kept and an ellipsis says the rest was cut (`Apache License, Version 2.0 with…`).
 */
export function shortenText(text: string, maxLength: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= maxLength ? line : `${line.slice(0, maxLength - 1).trimEnd()}…`;
}
