/**
 * The most characters of one value a message quotes. A rule quoting a whole cell or line would otherwise put a
 * 368 KB value into the message (and the JSON output) once per finding.
 */
export const MAX_QUOTED_LENGTH = 300;

/** `text` cut to at most `max` characters, with `…` where it was cut, never splitting a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
