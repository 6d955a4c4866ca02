/**
 * RFC 2119 keywords in capitals, longest first so `MUST NOT` is one keyword, not `MUST`. `SHALL`,
 * `REQUIRED`, `RECOMMENDED` and `OPTIONAL` are RFC 2119 synonyms and count as well.
 */
export const keywordPattern =
  /(?<![\p{L}\p{N}_-])(?:MUST NOT|MUST|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|REQUIRED|MAY|OPTIONAL)(?![\p{L}\p{N}_-])/gu;

/** The keywords a message names as expected. */
export const expectedKeywords = ['MUST', 'MUST NOT', 'SHOULD', 'SHOULD NOT', 'MAY'];

/** Lower-case (or capitalised) requirement words: RFC 8174 gives them their ordinary English meaning. */
export const lowercasePattern = /(?<![\p{L}\p{N}_-])(?:[Mm]ust|[Ss]hould|[Ss]hall)(?![\p{L}\p{N}_-])/gu;

/** The requirement level a keyword sets: several keywords of one level are one obligation, not a mix. */
export function keywordLevel(keyword: string): 'absolute' | 'recommended' | 'optional' {
  if (/^(?:MUST|SHALL|REQUIRED)/.test(keyword)) return 'absolute';
  if (/^(?:SHOULD|RECOMMENDED|NOT RECOMMENDED)/.test(keyword)) return 'recommended';
  return 'optional';
}
