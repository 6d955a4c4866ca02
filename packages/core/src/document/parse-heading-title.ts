export interface HeadingTitle {
  /** Leading section number without its trailing dot (`3.1`), if any. */
  number?: string;
  /** The title without number, optional markers and trailing colons. */
  title: string;
  markedOptional: boolean;
}

/** `3.1 `, `3.1. `, `5. `: a number must be followed by white space (or end the heading). */
const leadingNumber = /^(\d+(?:\.\d+)*)\.?(?=\s|$)/;
/**
 * Optional markers as they appear in plain text (`*(optional)*` is usually emphasis and already `(optional)`
 * by then, but unparsed asterisks and underscores are accepted too).
 */
const optionalMarker = /([*_]?)\(\s*(?:optional|if applicable)\s*\)\1/gi;

/** Split a heading's plain text into number, clean title and the optional flag. */
export function parseHeadingTitle(rawTitle: string): HeadingTitle {
  let rest = rawTitle.trim();
  const numberMatch = leadingNumber.exec(rest);
  const number = numberMatch?.[1];
  if (numberMatch) rest = rest.slice(numberMatch[0].length);

  let markedOptional = false;
  rest = rest.replace(optionalMarker, () => {
    markedOptional = true;
    return ' ';
  });
  const title = rest
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
  return number === undefined ? { title, markedOptional } : { number, title, markedOptional };
}
