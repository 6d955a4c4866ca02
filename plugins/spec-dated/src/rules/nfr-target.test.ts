import { describe, expect, it } from 'vitest';
import { readTemplate } from '../template-source.js';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { fixtureText, lintRule, messageLines, replaceOnce, severityLines } from '../testing/lint-rule.js';

const tariffPreview = fixtureText('valid/SPEC-2026-01-14-001-tariff-preview.md');
const idleFees = fixtureText('valid/SPEC-2026-03-09-001-idle-fee-notifications.md');

describe('spec-dated/nfr-target', () => {
  testDocExamplesAndCleanSpecs('nfr-target');

  it('reports a feature NFR that lost its category', () => {
    const text = replaceOnce(tariffPreview, 'NFR1: Performance - tariff endpoint', 'NFR1: tariff endpoint');
    expect(severityLines(lintRule('nfr-target', text))).toEqual([
      '90:7 error Unexpected "NFR1" without a category, expected "NFR1: Category - measurable target"',
    ]);
  });

  it('warns about a Performance target without a number in a why/what/how spec', () => {
    const text = replaceOnce(
      idleFees,
      '**Performance**: notifications delivered within 30 seconds of the scheduled time for 99% of sessions',
      '**Performance**: notifications arrive quickly',
    );
    expect(severityLines(lintRule('nfr-target', text))).toEqual([
      '33:1 warn Unexpected unmeasurable Performance target "notifications arrive quickly" in the non-functional requirements, expected a number to test against (e.g. "p95 under 200 ms")',
    ]);
  });

  it('reads a target written as nested bullets under its category', () => {
    const text = replaceOnce(
      idleFees,
      '- **Performance**: notifications delivered within 30 seconds of the scheduled time for 99% of sessions',
      '- **Performance**:\n  - 99% of notifications within 30 seconds\n  - p95 scheduler lag under 2 seconds',
    );
    expect(messageLines(lintRule('nfr-target', text))).toEqual([]);
  });

  it('leaves an NFR that is only template text to the placeholder rule', () => {
    const text = replaceOnce(tariffPreview, 'NFR1: Performance - tariff endpoint p95 under 150 ms', 'NFR1: [Description]');
    expect(messageLines(lintRule('nfr-target', text))).toEqual([]);
  });

  it('leaves the template slots ([Metric], [Specific metrics …]) to the placeholder rule', () => {
    expect(messageLines(lintRule('nfr-target', readTemplate('feature-spec.md').markdown))).toEqual([]);
    expect(messageLines(lintRule('nfr-target', readTemplate('why-what-how-spec.md').markdown))).toEqual([]);
  });
});
