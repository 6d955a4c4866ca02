import { describe, expect, it } from 'vitest';
import { parsed, parsedFixture } from '../../test/render-fixture.js';
import { specDatedHtmlRenderer } from './spec-html.js';

function render(name: string): string {
  const { document, context } = parsedFixture(name);
  return specDatedHtmlRenderer.render(document, context);
}

/** The header card's row for a label: what a reader sees beside it. */
function cardValue(html: string, label: string): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<tr><th scope="row">${escaped}</th><td>([^<]*)</td></tr>`).exec(html)?.[1];
}

describe('html renderer', () => {
  it('adds the counts and the MUST coverage to the metadata card', () => {
    const html = render('traceability/SPEC-2026-10-05-001-session-cost-cap.md');
    expect(cardValue(html, 'ID')).toBe('SPEC-2026-10-05-001');
    expect(cardValue(html, 'Requirements')).toBe('5 functional, 3 non-functional');
    expect(cardValue(html, 'Acceptance criteria')).toBe('3');
    expect(cardValue(html, 'Tests')).toBe('3');
    expect(cardValue(html, 'Traceability')).toBe('2 of 3 MUST requirements covered');
    expect(html).toContain('<span class="status status-review">Review</span>');
  });

  it('lists uncovered MUST requirements in a header table, and keeps the spec body', () => {
    const html = render('traceability/SPEC-2026-10-05-001-session-cost-cap.md');
    expect(html).toContain('<caption>Uncovered MUST requirements (1)</caption>');
    expect(html).toContain(
      '<tr><td>REQ-004</td><td>MUST</td><td>29</td><td>The session service MUST record on the receipt that the session was stopped by the cap.</td></tr>',
    );
    expect(html).toContain('Technical Decisions');
  });

  it('shows no uncovered table when every MUST requirement is covered', () => {
    const html = render('valid/SPEC-2026-05-11-002-heartbeat-tuning.md');
    expect(cardValue(html, 'Traceability')).toBe('2 of 2 MUST requirements covered');
    expect(html).not.toContain('Uncovered MUST requirements');
  });

  it('summarises a feature spec without keywords by linked requirements', () => {
    const html = render('valid/SPEC-2026-02-10-002-charger-reservations.md');
    expect(cardValue(html, 'Spec ID')).toBe('SPEC-2026-02-10-002');
    expect(cardValue(html, 'Requirements')).toBe('4 functional, 3 non-functional');
    expect(cardValue(html, 'Acceptance criteria')).toBe('3');
    expect(cardValue(html, 'Traceability')).toBe('no MUST requirements; 0 of 7 requirements linked to acceptance criteria or tests');
    expect(html).toContain('<pre class="mermaid">');
  });

  it('escapes hostile text from metadata and requirements', () => {
    const text = [
      '# Specification: Input filtering',
      '',
      '## Overview',
      '**ID**: SPEC-2026-10-05-007  ',
      '**Status**: Review <img src=x onerror=alert(1)>  ',
      '**Created**: 2026-10-05  ',
      '',
      '## Why',
      'Because.',
      '',
      '## What',
      '1. **[REQ-001]** The API MUST reject `<script>alert(1)</script>` in names.',
      '',
      '## How',
      'Filtering.',
      '',
    ].join('\n');
    const { document, context } = parsed(text);
    const html = specDatedHtmlRenderer.render(document, context);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('<td>The API MUST reject &lt;script&gt;alert(1)&lt;/script&gt; in names.</td>');
    expect(cardValue(html, 'Traceability')).toBe('0 of 1 MUST requirement covered');
  });
});
