import { describe, expect, it } from 'vitest';
import { designDocFixture, edited, renderDesignDoc } from '../../test/render-fixture.js';

describe('design-doc html renderer', () => {
  it('shows the version badge, the version as written, the latest change and the change log', async () => {
    const page = await renderDesignDoc(designDocFixture('valid/approved-feature-flag-service.md'), 'html');
    expect(page).toContain(
      '<h1>Feature Flag Service <span class="status status-approved">approved</span> <span class="badge badge-version" title="Version">v1.0</span></h1>',
    );
    // YAML reads `version: 1.0` as 1; the card shows what the author wrote.
    expect(page).toContain('<tr><th scope="row">version</th><td>1.0</td></tr>');
    expect(page).toContain('<tr><th scope="row">reviewers</th><td>Alice Chen, Marcus Obi, Priya Raman</td></tr>');
    expect(page).toContain(
      '<tr><th scope="row">Latest change</th><td>1.0 (2026-04-27, Bob Martins): Approved by the architecture review</td></tr>',
    );
    expect(page).toContain('<table class="change-log"><caption>Change log</caption>');
    expect(page).toContain(
      '<thead><tr><th scope="col">Version</th><th scope="col">Date</th><th scope="col">Author</th><th scope="col">Changes</th></tr></thead>',
    );
    expect(page).toContain('<tr><td>0.2</td><td>2026-04-14</td><td>Bob Martins</td><td>Git-backed definitions; Unleash comparison</td></tr>');
  });

  it('takes the latest change by version in a newest-first log', async () => {
    const page = await renderDesignDoc(designDocFixture('variations/review-session-export.md'), 'html');
    expect(page).toContain('<span class="badge badge-version" title="Version">v2.0</span>');
    expect(page).toContain('<tr><th scope="row">Latest change</th><td>2.0 (2026-03-16, Dana Kim): Snowflake support</td></tr>');
  });

  it('renders a defective design doc with what it has: no badge for a bad version, no change log table', async () => {
    let text = designDocFixture('invalid/missing-front-matter-key.md');
    text = edited(text, 'version: 1.0', 'version: one');
    text = edited(text, '## Change Log', '## Notes');
    const page = await renderDesignDoc(text, 'html');
    expect(page).not.toContain('badge-version');
    expect(page).not.toContain('Latest change');
    expect(page).not.toContain('<caption>Change log</caption>');
    expect(page).toContain('<tr><th scope="row">version</th><td>one</td></tr>');
    expect(page).not.toContain('<th scope="row">author</th>');
  });

  it('shows hostile text from the front matter and the change log escaped, never as markup', async () => {
    let text = designDocFixture('valid/approved-feature-flag-service.md');
    text = edited(text, 'author: Bob Martins', 'author: "<script>alert(1)</script>"');
    text = edited(text, '| 0.2 | 2026-04-14 | Bob Martins | Git-backed definitions; Unleash comparison |', '| 0.2 | 2026-04-14 | `<img src=x onerror=alert(2)>` | &lt;b onmouseover=alert(3)&gt; |');
    const page = await renderDesignDoc(text, 'html');
    expect(page).toContain('<tr><th scope="row">author</th><td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>');
    expect(page).toContain('<tr><td>0.2</td><td>2026-04-14</td><td>&lt;img src=x onerror=alert(2)&gt;</td><td>&lt;b onmouseover=alert(3)&gt;</td></tr>');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toMatch(/<img[^>]*onerror|<b onmouseover/);
  });
});
