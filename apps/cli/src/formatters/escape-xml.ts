/** XML 1.0's `Char`: tab, line feed, carriage return and everything from space on, except surrogates, U+FFFE and U+FFFF. */
function isXmlCharacter(codePoint: number): boolean {
  if (codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd) return true;
  return (codePoint >= 0x20 && codePoint <= 0xd7ff) || (codePoint >= 0xe000 && codePoint <= 0xfffd) || codePoint >= 0x10000;
}

/** A quoted spec value must not make the report unreadable: what XML cannot hold at all, even escaped, becomes U+FFFD. */
function replaceNonXmlCharacters(text: string): string {
  let replaced = '';
  for (const character of text) replaced += isXmlCharacter(character.codePointAt(0)!) ? character : '\uFFFD';
  return replaced;
}

/** Text safe as element content. */
export function escapeXmlText(text: string): string {
  return replaceNonXmlCharacters(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Text safe in a double-quoted attribute value, line breaks kept (a parser would turn them into spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/gu, '&quot;').replace(/\r/gu, '&#13;').replace(/\n/gu, '&#10;').replace(/\t/gu, '&#9;');
}
