import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './metadata-date.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('rfc', {
  metadata: { style: 'bold-lines', fields: [fieldSchema('Created', 'date'), fieldSchema('Last Updated', 'date')] },
  placeholders: [
    { pattern: '\\bYYYY-MM-DD\\b', description: 'date placeholder' },
    { pattern: '\\[Date\\]', description: 'date placeholder' },
  ],
});
const rules = { 'metadata-date': rule };
const lint = (text: string, fix = false) => lintWithRules(text, { rules, template, fix });
const withDates = (created: string, updated = '2026-02-10') =>
  `# SPEC 0007: Billing webhooks\n\n**Created**: ${created}\n**Last Updated**: ${updated}\n`;

describe('metadata-date', () => {
  const examples = readRuleDocExamples('metadata-date');

  it('reports the invalid example of its docs and fixes the unambiguous spelling', () => {
    expect(messageLines(lint(examples.invalid[0]))).toEqual(examples.messages);
    const fixed = lint(examples.invalid[0], true);
    expect(fixed.output).toBe(examples.invalid[0].replace('2026/02/09', '2026-02-09'));
    // The impossible date has no fix, so it is still reported after fixing.
    expect(messageLines(fixed)).toEqual(examples.messages.slice(1));
  });

  it('accepts the valid example of its docs', () => {
    expect(messageLines(lint(examples.valid[0]))).toEqual([]);
  });

  it.each([
    ['2025-1-5', '2025-01-05'],
    ['2025.01.05', '2025-01-05'],
    ['2024/2/29', '2024-02-29'],
  ])('normalises %s to %s', (written, iso) => {
    expect(messageLines(lint(withDates(written)))).toEqual([
      `3:14 Unexpected date format "${written}" for "Created", expected "${iso}" (YYYY-MM-DD)`,
    ]);
    const fixed = lint(withDates(written), true);
    expect(fixed.output).toBe(withDates(iso));
    expect(messageLines(fixed)).toEqual([]);
  });

  it.each([
    ['2025-02-29', 'February 2025 has 28 days'],
    ['2026-06-31', 'June 2026 has 30 days'],
    ['2026-13-01', 'month 13 does not exist'],
    ['2026-00-10', 'month 0 does not exist'],
    ['2025/02/30', 'February 2025 has 28 days'],
  ])('explains why %s is not a date', (written, reason) => {
    const result = lint(withDates(written));
    expect(messageLines(result)).toEqual([
      `3:14 Unexpected invalid date "${written}" for "Created", expected a real calendar date (${reason})`,
    ]);
    expect(result.messages.map((message) => message.fix)).toEqual([undefined]);
  });

  it.each(['05/01/2025', 'January 5, 2025', '2025-01-05T10:00:00Z'])('reports %s without guessing a fix', (written) => {
    const result = lint(withDates(written));
    expect(messageLines(result)).toEqual([`3:14 Unexpected date "${written}" for "Created", expected a date as YYYY-MM-DD`]);
    expect(result.messages.map((message) => message.fix)).toEqual([undefined]);
  });

  it('leaves empty values and placeholders to other rules', () => {
    expect(messageLines(lint(withDates('YYYY-MM-DD', '[Date]')))).toEqual([]);
    expect(messageLines(lint('# SPEC 0007: Billing webhooks\n\n**Created**:\n'))).toEqual([]);
  });

  it('checks front matter dates and keeps their quotes when fixing', () => {
    const yamlTemplate = testTemplate('design-doc', {
      metadata: { style: 'front-matter', fields: [fieldSchema('created', 'date')] },
    });
    const text = "---\ncreated: '2026/6/1'\n---\n\n# Firmware rollout\n";
    expect(messageLines(lintWithRules(text, { rules, template: yamlTemplate }))).toEqual([
      '2:10 Unexpected date format "2026/6/1" for "created", expected "2026-06-01" (YYYY-MM-DD)',
    ]);
    const fixed = lintWithRules(text, { rules, template: yamlTemplate, fix: true });
    expect(fixed.output).toBe("---\ncreated: '2026-06-01'\n---\n\n# Firmware rollout\n");
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );

  it('reports the impossible dates of the mistakes examples', () => {
    const product = exampleText('mistakes/product-grid-load-forecast.md');
    expect(messageLines(lintWithRules(product.text, { rules, template: realTemplate('product') }))).toEqual([
      '5:16 Unexpected invalid date "2026-02-30" for "Created", expected a real calendar date (February 2026 has 28 days)',
    ]);
    const wwh = exampleText('mistakes/wwh-audit-log-search.md');
    expect(messageLines(lintWithRules(wwh.text, { rules, template: realTemplate('why-what-how') }))).toEqual([
      '7:19 Unexpected invalid date "2026-06-31" for "Last Updated", expected a real calendar date (June 2026 has 30 days)',
    ]);
  });
});
