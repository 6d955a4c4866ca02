import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { headerCard, headingBadges, renderProductHtml, renderSpec } from '../../test/helpers/render.js';
import { productHtmlRenderer } from './product-html.js';

describe('product html renderer', () => {
  it('is the renderer `render --to html` picks for a product spec', async () => {
    const rendered = await renderSpec(fixtureText('valid', 'grid-dynamic-load-balancing.md'), 'html');
    expect(rendered.template).toBe('product');
    expect(rendered.renderer).toBe(productHtmlRenderer);
  });

  it('shows product and priority badges beside the status, and the header card in reading order', async () => {
    const page = await renderProductHtml(fixtureText('valid', 'grid-dynamic-load-balancing.md'));
    expect(headingBadges(page)).toEqual([
      '[status status-approved] Approved',
      '[badge badge-product] Grid',
      '[badge badge-priority] P0 Critical',
    ]);
    expect(headerCard(page)).toEqual([
      'Title: Grid Dynamic Load Balancing v2',
      'Status: Approved',
      'Owner: Daniel Mensah / Engineering Manager, Grid Optimisation',
      'Created: 2026-03-16',
      'Priority: P0 Critical',
      'Product: Grid',
      // 4-8h + 3d + 2-3d + 6h, a day being 8 working hours.
      'Spikes: 4 spikes, 50–62 h estimated',
      'License audit: 6 dependencies: 4 safe, 1 caution, 1 restricted; strong copyleft: GLPK under GPL-3.0-or-later',
    ]);
    // The body is still the whole spec.
    expect(page).toContain('<pre class="mermaid">');
    expect(page).toContain('<td>Benchmark: p99 solve time on a c6i.large</td>');
  });

  it('keeps header fields the template does not name, after the fixed ones', async () => {
    let text = fixtureText('valid', 'station-receipt-printing-archived.md');
    text = replaceOnce(text, '> **Priority**: P3 Low\n', '> **Priority**: P3 Low\n> **Ticket**: KIOSK-212\n> **Last Updated**: 2025-08-01\n');
    const page = await renderProductHtml(text);
    expect(headingBadges(page)).toEqual(['[status status-retired] Archived', '[badge badge-product] Station', '[badge badge-priority] P3 Low']);
    expect(headerCard(page)).toEqual([
      'Title: Station Kiosk Receipt Printing',
      'Status: Archived',
      'Owner: Tomás Ortega / Product Owner, Station Kiosk',
      'Created: 2025-06-02',
      'Priority: P3 Low',
      'Product: Station',
      'Ticket: KIOSK-212',
      'Last Updated: 2025-08-01',
      'Spikes: 2 spikes, 12 h estimated',
      'License audit: 2 dependencies: 2 safe',
    ]);
  });

  it('names a license trap in the audit summary even when the spec marks it safe', async () => {
    const page = await renderProductHtml(fixtureText('invalid', 'agpl-marked-safe.md'));
    expect(headerCard(page)).toContain(
      'License audit: 6 dependencies: 5 safe, 1 restricted; known license trap: MinIO (archive storage for exports) under AGPL-3.0-or-later; strong copyleft: rsyslog (test receiver only) under GPL-3.0-or-later',
    );
  });

  it('shows a contradictory priority as written, without a priority badge', async () => {
    const page = await renderProductHtml(fixtureText('invalid', 'priority-label-mismatch.md'));
    expect(headingBadges(page)).toEqual(['[status status-approved] Approved', '[badge badge-product] Trace']);
    expect(headerCard(page)).toContain('Priority: P2 High');
  });

  it('renders the untouched template without badges it cannot read', async () => {
    const template = readFileSync(path.resolve(import.meta.dirname, '../../templates/product-spec.md'), 'utf8');
    const page = await renderProductHtml(template);
    expect(headingBadges(page).filter((badge) => badge.startsWith('[badge'))).toEqual([]);
    expect(headerCard(page)).toEqual([
      'Title: [Feature Title]',
      'Status: Draft | Approved | In Progress | Implemented | Archived',
      'Owner: [Name / Role]',
      'Created: YYYY-MM-DD',
      'Priority: P0 Critical | P1 High | P2 Medium | P3 Low',
      'Product: Station | Grid | Trace | Cross-Product',
      'Spikes: 1 spike, 4–8 h estimated',
      'License audit: 1 dependency: 1 safe',
    ]);
  });

  it('leaves out what a sparse spec does not say, and the effort total when an effort is unreadable', async () => {
    const page = await renderProductHtml(`# Specification: Grid Tariff Import

> **Status**: Draft
> **Product**: Grid

## 4. Spikes (Pre-Implementation Validation)

| Spike | Description | Effort | Deliverable |
|-------|-------------|--------|-------------|
| **G-001** | Parse the DSO tariff feed | a few days | Parser PoC |
| **G-002** | Tariff switch at midnight | 4h | Test report |

## 5. Open Source & Commercialization Impact

| Dependency | License | Verdict |
|------------|---------|---------|
| \`quick-xml\` | MIT | |
`);
    expect(headerCard(page)).toEqual([
      'Title: Grid Tariff Import',
      'Status: Draft',
      'Product: Grid',
      'Spikes: 2 spikes',
      'License audit: 1 dependency: 1 without a verdict',
    ]);
  });

  it('shows hostile text from the header and tables escaped, never as markup', async () => {
    let text = fixtureText('valid', 'grid-dynamic-load-balancing.md');
    text = replaceOnce(text, '**Owner**: Daniel Mensah', '**Owner**: `<script>alert("owner")</script>` Daniel Mensah');
    text = replaceOnce(text, '| HiGHS |', '| `<img src=x onerror=alert(1)>` |');
    text = replaceOnce(text, '| GLPK |', '| `"><svg onload=alert(2)>` |');
    const page = await renderProductHtml(text);
    expect(headerCard(page)).toContain('Owner: <script>alert("owner")</script> Daniel Mensah / Engineering Manager, Grid Optimisation');
    expect(page).toContain('<td>&lt;script&gt;alert(&quot;owner&quot;)&lt;/script&gt; Daniel Mensah');
    expect(page).toContain('strong copyleft: &quot;&gt;&lt;svg onload=alert(2)&gt; under GPL-3.0-or-later');
    expect(page).not.toMatch(/<script|<img|<svg/i);
  });
});
