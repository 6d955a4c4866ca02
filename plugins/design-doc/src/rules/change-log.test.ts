import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './change-log.js';

const rules = { 'design-doc/change-log': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/change-log', () => {
  const examples = readRuleDocExamples(new URL('./change-log.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports the newest version of the invalid fixture and accepts the valid ones', () => {
    expect(messageLines(lintFile(fixture('invalid/changelog-version-mismatch.md')))).toEqual([
      '229:3 Unexpected newest Change Log version 2.1.0, expected 2.2.0 (front matter version)',
    ]);
    for (const name of ['draft-roaming-hub-gateway.md', 'review-telemetry-pipeline.md', 'approved-payment-retry-scheduler.md', 'implemented-charger-map-tiles.md', 'approved-feature-flag-service.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });

  it('compares `1.0` with `1.0.0` and a quoted front matter version', () => {
    const file = fixtureWith('valid/review-telemetry-pipeline.md', [['| 1.1 | 2026-08-03 |', '| v1.1.0 | 2026-08-03 |']]);
    expect(messageLines(lintFile(file))).toEqual([]);
  });
});
