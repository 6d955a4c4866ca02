import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './metadata-date-order.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('feature', {
  metadata: {
    style: 'bullet-list',
    fields: [
      fieldSchema('Created', 'date'),
      fieldSchema('Last Updated', 'date', { notBefore: 'Created' }),
      fieldSchema('Target Date', 'date', { required: false }),
    ],
  },
});
const rules = { 'metadata-date-order': rule };
const today = '2026-03-01';
/** Later than every date in the example specs. */
const examplesToday = '2026-12-31';
const lint = (text: string, ruleOptions?: Record<string, unknown>) =>
  messageLines(lintWithRules(text, { rules, template, today, ruleOptions }));
const withDates = (lines: string[]) => `# Feature Specification: Invoice PDFs\n\n## Metadata\n${lines.join('\n')}\n`;

describe('metadata-date-order', () => {
  const examples = readRuleDocExamples('metadata-date-order');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('accepts the same day, and compares unambiguous non-ISO spellings by their date', () => {
    expect(lint(withDates(['- **Created**: 2026-01-05', '- **Last Updated**: 2026-01-05']))).toEqual([]);
    expect(lint(withDates(['- **Created**: 2026/1/5', '- **Last Updated**: 2026-01-04']))).toEqual([
      '5:21 Unexpected "Last Updated" date 2026-01-04 before "Created" (2026-01-05), expected on or after 2026-01-05',
    ]);
  });

  it('reports dates after today, unless the field may lie in the future', () => {
    const text = withDates(['- **Created**: 2026-03-03', '- **Target Date**: 2026-09-30']);
    expect(lint(text)).toEqual([
      '4:16 Unexpected "Created" date 2026-03-03 in the future, expected on or before today (2026-03-01)',
      '5:20 Unexpected "Target Date" date 2026-09-30 in the future, expected on or before today (2026-03-01)',
    ]);
    expect(lint(text, { 'metadata-date-order': { futureFields: ['target date'] } })).toEqual([
      '4:16 Unexpected "Created" date 2026-03-03 in the future, expected on or before today (2026-03-01)',
    ]);
  });

  it('allows the day after today: the author may be a time zone ahead of the runner (UTC+14 and UTC)', () => {
    expect(lint(withDates(['- **Created**: 2026-03-02', '- **Last Updated**: 2026-03-02']))).toEqual([]);
  });

  it('skips values that are not dates', () => {
    expect(lint(withDates(['- **Created**: [Date]', '- **Last Updated**: 2026-02-30']))).toEqual([]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath, today: examplesToday }))).toEqual([]);
    },
  );

  it('reports Last Updated before Created in the feature mistakes example', () => {
    const { text } = exampleText('mistakes/feature-invoice-pdf.md');
    expect(messageLines(lintWithRules(text, { rules, template: realTemplate('feature'), today: examplesToday }))).toEqual([
      '8:21 Unexpected "Last Updated" date 2025-12-19 before "Created" (2026-01-05), expected on or after 2026-01-05',
    ]);
  });
});
