import { describe, expect, it } from 'vitest';
import { parsed, parsedFixture } from '../../test/render-fixture.js';
import { traceabilityHtmlRenderer } from './traceability-html.js';

function render(name: string): string {
  const { document, context } = parsedFixture(name);
  return traceabilityHtmlRenderer.render(document, context);
}

describe('traceability-html renderer', () => {
  it('is a plugin format with its own extension for both dated templates', () => {
    expect(traceabilityHtmlRenderer).toMatchObject({
      format: 'traceability-html',
      extension: 'traceability.html',
      templates: ['feature', 'why-what-how'],
    });
  });

  it('shows the matrix as a page: title, coverage, rows and the uncovered MUST requirement', () => {
    const html = render('traceability/SPEC-2026-10-05-001-session-cost-cap.md');
    expect(html).toContain('<title>SPEC-2026-10-05-001: Cost Cap for Charging Sessions — traceability matrix</title>');
    expect(html).toContain('<tr><th scope="row">Spec ID</th><td>SPEC-2026-10-05-001</td></tr>');
    expect(html).toContain('<tr><th scope="row">Traceability</th><td>2 of 3 MUST requirements covered</td></tr>');
    expect(html).toContain('<caption>Traceability matrix: requirements × acceptance criteria × tests</caption>');
    expect(html).toContain(
      '<thead><tr><th scope="col">Requirement</th><th scope="col">Keyword</th><th scope="col">Acceptance criteria</th><th scope="col">Tests</th><th scope="col">Covered</th></tr></thead>',
    );
    expect(html).toContain('<tr><td>REQ-001</td><td>MUST</td><td>AC-1</td><td>TEST-001 (via AC-1)</td><td>yes</td></tr>');
    expect(html).toContain('<tr><td>REQ-004</td><td>MUST</td><td>—</td><td>—</td><td>no (MUST)</td></tr>');
    expect(html).toContain('<caption>Uncovered MUST requirements (1)</caption>');
  });

  it('replaces the metadata and leaves out the spec body', () => {
    const html = render('traceability/SPEC-2026-10-05-001-session-cost-cap.md');
    expect(html).not.toContain('<th scope="row">Created</th>');
    expect(html).not.toContain('High-Level Design');
    expect(html).toContain('<span class="status status-review">Review</span>');
  });

  it('says when no MUST requirement is uncovered', () => {
    const html = render('valid/SPEC-2026-09-01-003-gdpr-data-export.md');
    expect(html).toContain(
      '<tr><th scope="row">Uncovered MUST requirements</th><td>None: every MUST requirement has an acceptance criterion or a test.</td></tr>',
    );
    expect(html).toContain('<tr><td>REQ-002</td><td>MUST</td><td>—</td><td>TEST-002</td><td>yes</td></tr>');
  });

  it('escapes scenario names and titles', () => {
    const text = [
      '# Feature Specification: <img src=x onerror=alert(1)> Reports',
      '',
      '## Metadata',
      '- **Spec ID**: SPEC-2026-10-05-008',
      '- **Status**: Draft',
      '',
      '## Success Criteria',
      '### Functional Requirements',
      '- [ ] FR1: The report MUST list sessions.',
      '',
      '### Acceptance Criteria',
      '```gherkin',
      '@FR1',
      'Scenario: <script>alert(1)</script>',
      '  Given a session',
      '  When the report runs',
      '  Then it is listed',
      '```',
      '',
    ].join('\n');
    const { document, context } = parsed(text);
    const html = traceabilityHtmlRenderer.render(document, context);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('<td>Scenario &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</td>');
  });
});
