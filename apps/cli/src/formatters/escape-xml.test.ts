import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText } from './escape-xml.js';

describe('escapeXml', () => {
  it('escapes markup, and replaces characters XML 1.0 cannot hold', () => {
    expect(escapeXmlText('a < b && c > "d"\u0000\u001b\uFFFE')).toBe('a &lt; b &amp;&amp; c &gt; "d"\uFFFD\uFFFD\uFFFD');
    expect(escapeXmlText('emoji \u{1F600} stays')).toBe('emoji \u{1F600} stays');
  });

  it('keeps quotes and line breaks of attribute values', () => {
    expect(escapeXmlAttribute('say "hi"\nthen\tgo')).toBe('say &quot;hi&quot;&#10;then&#9;go');
  });
});
