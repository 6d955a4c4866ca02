/** `"a"`: how messages name a value. */
export function quote(text: string): string {
  return `"${text}"`;
}

/** `"a", "b", "c"`: how messages list what was expected. */
export function quoteList(items: readonly string[]): string {
  return items.map(quote).join(', ');
}
