import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './performance-targets.js';

const rules = { 'design-doc/performance-targets': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/performance-targets', () => {
  const examples = readRuleDocExamples(new URL('./performance-targets.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports a Performance Targets section with prose instead of a table', () => {
    const file = fixtureWith('valid/approved-feature-flag-service.md', [
      ['| Metric | Target | Measurement |\n|--------|--------|-------------|\n| Evaluation latency | < 1 ms | p99 in-process |\n| Propagation delay | < 10 s | Max |\n', 'Evaluation under 1 ms; propagation under 10 s.\n'],
    ]);
    expect(messageLines(lintFile(file))).toEqual([
      '166:1 Missing table in "Performance Targets", expected a table with the columns Metric, Target and Measurement',
    ]);
  });

  it('reports an empty target cell in a real document and accepts the valid fixtures', () => {
    const file = fixtureWith('valid/implemented-charger-map-tiles.md', [['| First map render on 4G | < 1.5 s | p75 |', '| First map render on 4G |  | p75 |']]);
    expect(messageLines(lintFile(file))).toEqual([
      '170:26 Missing Target for performance target `First map render on 4G`, expected a value in every column',
    ]);
    expect(messageLines(lintFile(fixture('valid/implemented-charger-map-tiles.md')))).toEqual([]);
  });
});
