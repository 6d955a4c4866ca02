/** `"a"`: how messages name a value (the core rules' style). */
export function quote(text: string): string {
  return `"${text}"`;
}

/** `"a", "b" or "c"`. */
export function quoteAlternatives(items: readonly string[]): string {
  const quoted = items.map(quote);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Long cell text would drown a message: keep its start. */
export function shorten(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/** Titles and column names compare without case, punctuation or spacing (`Commercial use` = `commercial-use`). */
export function normalizeLabel(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Cell text that stands for "nothing here": empty, a dash, `N/A`, an ellipsis, a question mark. */
/** `N/A`, `None`: the author's explicit answer that nothing applies (a judgement), unlike an empty cell. */
export function isExplicitlyNone(text: string): boolean {
  return /^(?:n\/?a|none)$/i.test(text.replace(/[*_`\s]/g, ''));
}

export function isUnfilled(text: string): boolean {
  return /^(?:|[-–—]+|n\/?a|none|\.{2,}|…|\?+)$/i.test(text.replace(/[*_`\s]/g, ''));
}
