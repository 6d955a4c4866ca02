/**
 * RFC 2119 keywords in capitals, longest first so `MUST NOT` is one keyword. `SHALL`, `REQUIRED`, `RECOMMENDED`
 * and `OPTIONAL` are the RFC's synonyms and count as well.
 */
export const keywordPattern =
  /(?<![\p{L}\p{N}_-])(?:MUST NOT|MUST|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|REQUIRED|MAY|OPTIONAL)(?![\p{L}\p{N}_-])/u;

/** The same words in lower case: RFC 8174 gives them their ordinary meaning, so they set no level. */
export const lowercasePattern = /(?<![\p{L}\p{N}_-])(?:must|should|shall|may)(?![\p{L}\p{N}_-])/u;
