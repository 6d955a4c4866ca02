/** True for text shaped like a date (`2026-1-5`, `2026/01/05`) that a reader means as one. */
export function looksLikeDate(text: string): boolean {
  return /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(text.trim());
}
