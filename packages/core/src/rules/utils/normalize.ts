/**
 * The form titles, metadata keys and aliases are compared in: lower case, emphasis and code markers
 * dropped, white space collapsed, trailing colon removed (`**Last  Updated:**` -> `last updated`).
 */
export function normalizeName(text: string): string {
  // `_` only at the ends (emphasis), so `snake_case` keys keep theirs; the colon may stand inside or outside it.
  return text
    .replace(/[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '')
    .replace(/^_+|_+$/g, '')
    .replace(/\s*:$/, '')
    .trim()
    .toLowerCase();
}

/** Table columns compare case- and white-space-insensitively (`Target Date` = `targetdate`). */
export function normalizeColumn(text: string): string {
  return normalizeName(text).replace(/\s+/g, '');
}

/** IDs compare case-insensitively with single spaces (`spec  0007` = `SPEC 0007`). */
export function normalizeId(id: string): string {
  return id.replace(/\s+/g, ' ').trim().toUpperCase();
}
