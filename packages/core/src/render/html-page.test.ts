import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import { renderHtmlPage } from './html-page.js';

const XSS_SPEC = `# SPEC 0042: Hostile <b>title</b>

**Status**: review
**Author**: Mallory <img src=x onerror=alert(1)>

## Summary

<script>alert('raw')</script>
<div onclick="alert(2)">raw block</div>

A [bad link](javascript:alert(3)) and a [good link](https://example.com/a) and an
<a href="javascript:alert(4)">inline anchor</a>.

![pixel](javascript:alert(5))

| Column | Other |
|--------|-------|
| <img src=x onerror=alert(6)> | cell |

- [x] done item
- [ ] open item

\`\`\`mermaid
graph TD
  A["<script>alert(7)</script>"] --> B
\`\`\`

\`\`\`ts
const answer = 42;
\`\`\`
`;

describe('renderHtmlPage', () => {
  const page = renderHtmlPage(parseSpecDocument(XSS_SPEC));

  it('lets no script, event attribute or javascript: URL through', () => {
    expect(page).not.toMatch(/<script/iu);
    expect(page).not.toMatch(/\son[a-z]+\s*=/iu);
    expect(page).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/iu);
    expect(page).not.toContain('<div onclick');
    expect(page).not.toMatch(/<img[^>]*src="x"/iu);
  });

  it('shows hostile metadata and title as text', () => {
    // Inline HTML in the H1 is dropped like any raw HTML; the rest of the title stays.
    expect(page).toContain('<h1>SPEC 0042: Hostile title <span');
    expect(page).toContain('<th scope="row">Author</th><td>Mallory</td>');
  });

  it('keeps safe links, tables, checklists and code', () => {
    expect(page).toContain('<a href="https://example.com/a">good link</a>');
    expect(page).toContain('<th>Column</th>');
    expect(page).toMatch(/<input type="checkbox" checked disabled>\s*done item/u);
    expect(page).toContain('<code class="language-ts">const answer = 42;');
  });

  it('leaves mermaid diagrams as text for client-side rendering', () => {
    expect(page).toContain('<pre class="mermaid">graph TD\n  A["&#x3C;script>alert(7)&#x3C;/script>"] --> B\n</pre>');
  });

  it('has a status badge, a metadata card and a table of contents linking to the headings', () => {
    expect(page).toContain('<span class="status status-review">review</span>');
    expect(page).toContain('<th scope="row">Status</th><td>review</td>');
    expect(page).toContain('<li class="toc-level-2"><a href="#user-content-summary">Summary</a></li>');
    expect(page).toContain('<h2 id="user-content-summary">Summary</h2>');
  });

  it('adds a plugin\'s header fields and banner, escaped', () => {
    const custom = renderHtmlPage(parseSpecDocument(XSS_SPEC), {
      headerFields: [{ label: 'Spikes', value: '3 <open>' }],
      banner: 'Superseded by SPEC 0050',
    });
    expect(custom).toContain('<th scope="row">Spikes</th><td>3 &lt;open&gt;</td>');
    expect(custom).toContain('<p class="banner" role="note">Superseded by SPEC 0050</p>');
  });

  it('adds badges and tables of derived facts, every cell escaped', () => {
    const custom = renderHtmlPage(parseSpecDocument(XSS_SPEC), {
      badges: [{ label: 'Product', value: 'Grid <b>' }],
      headerTables: [{ caption: 'Approvals', header: ['Role', 'Approved'], rows: [['Tech Lead', 'yes <script>']] }],
    });
    expect(custom).toContain('<span class="badge badge-product" title="Product">Grid &lt;b&gt;</span></h1>');
    expect(custom).toContain('<caption>Approvals</caption>');
    expect(custom).toContain('<th scope="col">Role</th><th scope="col">Approved</th>');
    expect(custom).toContain('<td>Tech Lead</td><td>yes &lt;script&gt;</td>');
    expect(custom).not.toMatch(/<script/iu);
  });

  it('shows YAML numbers as written (version 1.0, not 1)', () => {
    const page = renderHtmlPage(parseSpecDocument('---\ntitle: Cache\nversion: 1.0\nreviewed: true\n---\n# Cache\n'));
    expect(page).toContain('<th scope="row">version</th><td>1.0</td>');
    expect(page).toContain('<th scope="row">reviewed</th><td>true</td>');
  });

  it('can leave out the body for a page of derived facts, with a heading saying what it is', () => {
    const page = renderHtmlPage(parseSpecDocument(XSS_SPEC), { body: false, headingSuffix: ' — matrix' });
    expect(page).toContain('<title>SPEC 0042: Hostile title — matrix</title>');
    expect(page).not.toContain('<article>');
    expect(page).not.toContain('Contents');
  });
});
