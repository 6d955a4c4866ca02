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

