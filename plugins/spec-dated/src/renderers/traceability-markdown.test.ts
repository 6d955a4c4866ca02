import { describe, expect, it } from 'vitest';
import { parsed, parsedFixture } from '../../test/render-fixture.js';
import { escapeMarkdown, traceabilityMarkdownRenderer } from './traceability-markdown.js';

function render(name: string): string {
  const { document, context } = parsedFixture(name);
  return traceabilityMarkdownRenderer.render(document, context);
}

describe('traceability-md renderer', () => {
  it('is a plugin format with its own extension for both dated templates', () => {
    expect(traceabilityMarkdownRenderer).toMatchObject({
      format: 'traceability-md',
      extension: 'traceability.md',
      templates: ['feature', 'why-what-how'],
    });
  });

  // REQ-001 is covered by "Covers: REQ-001" under AC-1 (line 39) and TEST-001 cites AC-1; REQ-002 (MUST NOT) by
  // "Covers: REQ-002" under AC-2; TEST-002 names REQ-003; the Traceability table row links REQ-005, AC-3 and
  // TEST-003; nothing names REQ-004 (MUST).
  it('shows the matrix and the uncovered MUST requirement of a why/what/how spec', () => {
    expect(render('traceability/SPEC-2026-10-05-001-session-cost-cap.md')).toBe(
      [
        '# Traceability matrix: SPEC-2026-10-05-001: Cost Cap for Charging Sessions',
        '',
        '2 of 3 MUST requirements covered.',
        '',
        '| Requirement | Keyword | Acceptance criteria | Tests | Covered |',
        '| --- | --- | --- | --- | --- |',
        '| REQ-001 | MUST | AC-1 | TEST-001 (via AC-1) | yes |',
        '| REQ-002 | MUST NOT | AC-2 | — | yes |',
        '| REQ-003 | SHOULD | — | TEST-002 | yes |',
        '| REQ-004 | MUST | — | — | no (MUST) |',
        '| REQ-005 | MAY | AC-3 | TEST-003 | yes |',
        '',
        '## Uncovered MUST requirements',
        '',
        '- REQ-004 (MUST, line 29): The session service MUST record on the receipt that the session was stopped by the cap.',
        '',
      ].join('\n'),
    );
  });

  // Scenarios link by a tag (`@FR1`) and a comment (`# Covers: FR2, NFR1`) above them; FR4 (MUST) has neither.
  it('links Gherkin scenarios of a feature spec through their tags and comments', () => {
    const output = render('traceability/SPEC-2026-10-19-002-plug-and-charge-contracts.md');
    expect(output).toContain('2 of 3 MUST requirements covered.');
    expect(output).toContain('| FR1 | MUST | Scenario "Certificate after contract activation" | — | yes |');
    expect(output).toContain('| FR2 | MUST | Scenario "Session started by the car" | — | yes |');
    expect(output).toContain('| FR3 | SHOULD | — | — | no |');
    expect(output).toContain('| NFR1 | — | Scenario "Session started by the car" | — | yes |');
    expect(output).toContain('- FR4 (MUST, line 81): The certificate service MUST revoke the certificate when the contract ends.');
  });

  // TEST-001 cites REQ-001 and REQ-002 with AC-1; TEST-003 cites REQ-004 with AC-2; nothing cites REQ-003.
  it('says so when every MUST requirement is covered', () => {
    const output = render('valid/SPEC-2026-03-09-001-idle-fee-notifications.md');
    expect(output).toContain('| REQ-001 | SHALL | AC-1 (via TEST-001) | TEST-001 | yes |');
    expect(output).toContain('| REQ-003 | SHOULD NOT | — | — | no |');
    expect(output).toContain('| REQ-004 | MAY | AC-2 (via TEST-003) | TEST-003 | yes |');
    expect(output).toContain('2 of 2 MUST requirements covered.');
    expect(output).toMatch(/## Uncovered MUST requirements\n\nNone: every MUST requirement has an acceptance criterion or a test\.\n$/);
  });

  it('reports a feature spec without RFC 2119 keywords as having no MUST requirements', () => {
    const output = render('valid/SPEC-2026-06-22-001-invoice-credit-notes.md');
    expect(output).toContain('no MUST requirements; 0 of 9 requirements linked to acceptance criteria or tests.');
    expect(output).toContain('| NFR4 | — | — | — | no |');
    expect(output).toContain('None: the spec states no MUST requirements.');
  });

  it('ignores a reference to an undefined criterion (TEST-005 cites AC-5)', () => {
    const output = render('invalid/undefined-reference.md');
    expect(output).not.toContain('AC-5');
    expect(output).toContain('| REQ-002 | MUST | — | TEST-002 | yes |');
  });

  it('renders a spec without requirement IDs as a line instead of an empty table', () => {
    const { document, context } = parsed('# Notes\n\nNothing here.\n');
    const output = traceabilityMarkdownRenderer.render(document, context);
    expect(output).toContain('No requirements with IDs (REQ-001, FR1, NFR1) to trace.');
    expect(output).not.toContain('| Requirement |');
  });

  it('escapes text that would break the table or become markup', () => {
    expect(escapeMarkdown('a | b <script>x</script> [link](u) `c` &amp; & d')).toBe(
      'a \\| b \\<script\\>x\\</script\\> \\[link\\](u) \\`c\\` \\&amp; & d',
    );
  });
});
