import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './risk-levels.js';

const rules = { 'design-doc/risk-levels': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/risk-levels', () => {
  const examples = readRuleDocExamples(new URL('./risk-levels.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports the risk level of the invalid fixture and accepts the valid one', () => {
    expect(messageLines(lintFile(fixture('invalid/risk-level-not-allowed.md')))).toEqual([
      '179:38 Unexpected impact `Critical`, expected High, Medium or Low',
    ]);
    expect(messageLines(lintFile(fixture('valid/approved-feature-flag-service.md')))).toEqual([]);
  });

  it('leaves the template row to the placeholder rule', () => {
    const text = readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8');
    expect(messageLines(lint(text))).toEqual([]);
  });
});
