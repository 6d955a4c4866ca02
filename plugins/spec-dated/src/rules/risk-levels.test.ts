import { describe, expect, it } from 'vitest';
import { readTemplate } from '../template-source.js';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { fixtureText, lintRule, messageLines, replaceOnce } from '../testing/lint-rule.js';

const creditNotes = fixtureText('valid/SPEC-2026-06-22-001-invoice-credit-notes.md');

describe('spec-dated/risk-levels', () => {
  testDocExamplesAndCleanSpecs('risk-levels');

  it('reports a rating outside Low, Medium, High in a realistic risk table', () => {
    const text = replaceOnce(creditNotes, '| Low | High | Number assigned', '| Low | Severe | Number assigned');
    expect(messageLines(lintRule('risk-levels', text))).toEqual([
      '127:53 Unexpected Impact "Severe" for risk "Gap in numbering after a failed transaction", expected one of "Low", "Medium", "High"',
    ]);
  });

  it('leaves the template pick-lists (Low/Medium/High, High/Med/Low) to the placeholder rule', () => {
    expect(messageLines(lintRule('risk-levels', readTemplate('feature-spec.md').markdown))).toEqual([]);
    expect(messageLines(lintRule('risk-levels', readTemplate('why-what-how-spec.md').markdown))).toEqual([]);
  });

  it('reads only risk tables', () => {
    const text = replaceOnce(
      creditNotes,
      '## Dependencies\n',
      '## Dependencies\n| Component | Impact | Owner |\n|---|---|---|\n| PDF renderer | New template variant | Billing |\n\n',
    );
    expect(messageLines(lintRule('risk-levels', text))).toEqual([]);
  });
});
