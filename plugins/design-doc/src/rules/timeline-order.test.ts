import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './timeline-order.js';

const rules = { 'design-doc/timeline-order': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/timeline-order', () => {
  const examples = readRuleDocExamples(new URL('./timeline-order.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports the milestone out of order in the invalid fixture and accepts the valid ones', () => {
    expect(messageLines(lintFile(fixture('invalid/timeline-dates-not-ascending.md')))).toEqual([
      '122:22 Unexpected milestone date 2026-10-09 before 2026-10-16, expected ascending dates',
    ]);
    for (const name of ['draft-roaming-hub-gateway.md', 'review-telemetry-pipeline.md', 'implemented-charger-map-tiles.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });

  it('leaves the template YYYY-MM-DD dates to the placeholder rule', () => {
    const text = readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8');
    expect(messageLines(lint(text))).toEqual([]);
  });
});
