import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './glossary.js';

const rules = { 'design-doc/glossary': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/glossary', () => {
  const examples = readRuleDocExamples(new URL('./glossary.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports a term without definition in a real document and accepts the valid fixtures', () => {
    const file = fixtureWith('valid/approved-payment-retry-scheduler.md', [['| Advice code | The network\'s hint on whether and when to retry |', '| Advice code | |']]);
    expect(messageLines(lintFile(file))).toEqual(['244:15 Missing definition for glossary term `Advice code`, expected a definition']);
    for (const name of ['draft-roaming-hub-gateway.md', 'approved-payment-retry-scheduler.md', 'implemented-charger-map-tiles.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });

  it('reports the template example rows left in the glossary: warnings in a draft, errors from review on', () => {
    const text = readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8');
    const draft = lint(text);
    expect(messageLines(draft)).toEqual([
      '340:3 Unexpected template row `Term1 | Definition` in the glossary, expected a real term and its definition',
      '341:3 Unexpected template row `Term2 | Definition` in the glossary, expected a real term and its definition',
    ]);
    expect(draft.messages.map((message) => message.severity)).toEqual([1, 1]);
    const inReview = lint(text.replace('status: draft', 'status: review'));
    expect(inReview.messages.map((message) => message.severity)).toEqual([2, 2]);
  });
});
