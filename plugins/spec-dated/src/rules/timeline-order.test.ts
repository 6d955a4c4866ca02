import { describe, expect, it } from 'vitest';
import { readTemplate } from '../template-source.js';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { fixtureText, lintRule, messageLines, replaceOnce } from '../testing/lint-rule.js';

const creditNotes = fixtureText('valid/SPEC-2026-06-22-001-invoice-credit-notes.md');

describe('spec-dated/timeline-order', () => {
  testDocExamplesAndCleanSpecs('timeline-order');

  it('reports milestones out of order in a realistic timeline', () => {
    const text = replaceOnce(creditNotes, '  - Phase 2 Complete: 2026-08-28', '  - Phase 2 Complete: 2026-07-28');
    expect(messageLines(lintRule('timeline-order', text))).toEqual([
      '162:23 Unexpected "Phase 2 Complete" date 2026-07-28 before "Phase 1 Complete" (2026-07-31), expected milestones in date order',
    ]);
  });

  it('reports a target completion before the start date', () => {
    const text = replaceOnce(creditNotes, '- **Target Completion**: 2026-09-25', '- **Target Completion**: 2026-06-25');
    expect(messageLines(lintRule('timeline-order', text))).toEqual([
      '159:26 Unexpected "Target Completion" date 2026-06-25 before "Start Date" (2026-07-06), expected on or after 2026-07-06',
    ]);
  });

  it('checks the rows of a milestone table in date order', () => {
    const text = replaceOnce(
      creditNotes,
      '\n## Review Checklist',
      '\n| Milestone | Date |\n|---|---|\n| Pilot with two tenants | 2026-08-10 |\n| Tax adviser sign-off | 2026-08-03 |\n\n## Review Checklist',
    );
    expect(messageLines(lintRule('timeline-order', text))).toEqual([
      '168:24 Unexpected "Tax adviser sign-off" date 2026-08-03 before "Pilot with two tenants" (2026-08-10), expected milestones in date order',
    ]);
  });

  it('leaves the template slots ([Date]) alone', () => {
    expect(messageLines(lintRule('timeline-order', readTemplate('feature-spec.md').markdown))).toEqual([]);
  });
});
