import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import type { TableValuesSchema } from '../types/schema.js';
import rule from './table-values.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, testTemplate } from './testing/test-template.js';

const scale: TableValuesSchema = {
  columns: ['Impact', 'Probability'],
  values: ['Low', 'Medium', 'High'],
  synonyms: { Med: 'Medium' },
  rowColumns: ['Risk'],
  ranges: true,
};
const template = testTemplate('spec', {
  tableValues: [scale],
  placeholders: [{ pattern: '\\[Risk 1\\]', description: 'unfilled template text' }],
});
const rules = { 'table-values': rule };
const lint = (text: string, using = template) => messageLines(lintWithRules(text, { rules, template: using }));

describe('table-values', () => {
  const examples = readRuleDocExamples('table-values');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('leaves rows of template text and untouched pick-lists to the placeholder rule', () => {
    const text = '# S\n\n| Risk | Probability | Impact |\n|---|---|---|\n| [Risk 1] | Critical | |\n| Outage | High/Medium/Low | Low |\n';
    expect(lint(text)).toEqual([]);
  });

  it('rejects a range where the scale allows none, and checks only the sections it names', () => {
    const strict = testTemplate('spec', { tableValues: [{ ...scale, ranges: false, rowColumns: undefined, sections: ['Risks'] }] });
    const table = '| Risk | Probability | Impact |\n|---|---|---|\n| Outage | Low-Medium | High |\n';
    expect(lint(`# S\n\n## Risks\n\n${table}`, strict)).toEqual([
      '7:10 Unexpected Probability "Low-Medium" for "Outage", expected one of "Low", "Medium", "High"',
    ]);
    expect(lint(`# S\n\n## Appendix\n\n${table}`, strict)).toEqual([]);
  });
});
