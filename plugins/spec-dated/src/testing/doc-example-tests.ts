import { describe, expect, it } from 'vitest';
import { cleanSpecs, lintRule, messageLines } from './lint-rule.js';
import { readRuleDocExamples } from './rule-doc-examples.js';

/**
 * The tests every rule of this plugin shares: each invalid example of its doc gives exactly the messages the
 * doc shows, each valid example gives none, and so do the valid fixtures and the clean examples.
 */
export function testDocExamplesAndCleanSpecs(ruleName: string): void {
  const examples = readRuleDocExamples(ruleName);

  describe('examples of its docs', () => {
    it.each(examples.invalid.map((example, index) => ({ number: index + 1, ...example })))(
      'reports invalid example $number as the docs show',
      ({ markdown, messages }) => {
        expect(messageLines(lintRule(ruleName, markdown))).toEqual(messages);
      },
    );

    it.each(examples.valid.map((markdown, index) => ({ number: index + 1, markdown })))(
      'accepts valid example $number',
      ({ markdown }) => {
        expect(messageLines(lintRule(ruleName, markdown))).toEqual([]);
      },
    );
  });

  it.each(cleanSpecs)('reports nothing on $name', ({ text }) => {
    expect(messageLines(lintRule(ruleName, text()))).toEqual([]);
  });
}
