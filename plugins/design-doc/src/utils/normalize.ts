/**
 * The form section titles, labels and column names are compared in: lower case, emphasis and code markers
 * dropped, white space collapsed, trailing colon removed (`**Pros:**` -> `pros`).
 */
export function normalizeName(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '')
    .toLowerCase();
}

/** `a, b and c`: how messages list what was expected. */
export function humanList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
