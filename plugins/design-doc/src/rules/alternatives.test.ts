import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './alternatives.js';

const rules = { 'design-doc/alternatives': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/alternatives', () => {
  const examples = readRuleDocExamples(new URL('./alternatives.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports an alternative without a decision in a real document and accepts the valid fixtures', () => {
    const file = fixtureWith('valid/approved-payment-retry-scheduler.md', [['**Decision**: Not applicable to our payment type.\n', '']]);
    expect(messageLines(lintFile(file))).toEqual([
      '177:1 Alternative "Alternative 1: Adyen Auto Rescue" has no decision, expected a description, pros, cons and a decision',
    ]);
    for (const name of ['draft-roaming-hub-gateway.md', 'review-telemetry-pipeline.md', 'approved-payment-retry-scheduler.md', 'implemented-charger-map-tiles.md', 'approved-feature-flag-service.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });

  it('accepts the template alternatives, whose text is only placeholders and prompts', () => {
    const text = readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8');
    expect(messageLines(lint(text))).toEqual([]);
  });
});
