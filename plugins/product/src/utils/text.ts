/** Titles and column names compare without case, punctuation or spacing (`Commercial use` = `commercial-use`). */
export function normalizeLabel(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** `N/A`, `None`: the author's explicit answer that nothing applies (a judgement), unlike an empty cell. */
export function isExplicitlyNone(text: string): boolean {
  return /^(?:n\/?a|none)$/i.test(text.replace(/[*_`\s]/g, ''));
}

/** Cell text that stands for "nothing here": empty, a dash, `N/A`, an ellipsis, a question mark. */
export function isUnfilled(text: string): boolean {
  return /^(?:|[-–—]+|n\/?a|none|\.{2,}|…|\?+)$/i.test(text.replace(/[*_`\s]/g, ''));
}
