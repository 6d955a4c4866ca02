import { describe, expect, it } from 'vitest';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { exampleText, fixtureText, lintRule, messageLines, replaceOnce, severityLines } from '../testing/lint-rule.js';

const rateLimiting = exampleText('why-what-how/SPEC-2026-04-15-002-rate-limiting.md');

describe('spec-dated/status-checklist', () => {
  testDocExamplesAndCleanSpecs('status-checklist');

  it('reports the unchecked Review Checklist item of the Approved invalid fixture', () => {
    expect(severityLines(lintRule('status-checklist', fixtureText('invalid/approved-review-checklist-unchecked.md')))).toEqual([
      '183:1 error Unexpected unchecked Review Checklist item "Timeline realistic and approved" in an Approved spec, expected every item checked',
    ]);
  });

  it('asks an Implemented why/what/how spec for a complete Definition of Done', () => {
    const text = replaceOnce(rateLimiting, '- [x] Stakeholder sign-off received', '- [ ] Stakeholder sign-off received');
    expect(messageLines(lintRule('status-checklist', text))).toEqual([
      '130:1 Unexpected unchecked Definition of Done item "Stakeholder sign-off received" in an Implemented spec, expected every item checked',
    ]);
  });

  it('accepts items marked not applicable or crossed out', () => {
    let text = replaceOnce(rateLimiting, '- [x] Stakeholder sign-off received', '- [ ] Stakeholder sign-off received (N/A: internal change)');
    text = replaceOnce(text, '- [x] Deployed to staging environment', '- [ ] ~~Deployed to staging environment~~');
    expect(messageLines(lintRule('status-checklist', text))).toEqual([]);
  });

  it('does not ask a Review feature spec or an Approved why/what/how spec for checked items', () => {
    const charger = fixtureText('valid/SPEC-2026-02-10-002-charger-reservations.md');
    expect(messageLines(lintRule('status-checklist', charger))).toEqual([]);
    expect(messageLines(lintRule('status-checklist', fixtureText('valid/SPEC-2026-09-01-003-gdpr-data-export.md')))).toEqual([]);
  });
});
