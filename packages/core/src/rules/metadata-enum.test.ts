import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './metadata-enum.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('product', {
  metadata: {
    style: 'blockquote',
    fields: [
      fieldSchema('Status', 'enum', { values: ['Draft', 'Approved', 'In Progress', 'Implemented', 'Archived'] }),
      fieldSchema('Product', 'enum', { values: ['Station', 'Grid', 'Trace', 'Cross-Product'] }),
    ],
  },
  placeholders: [{ pattern: '\\[[^\\]]+\\]', description: 'bracketed slot' }],
});
const rules = { 'metadata-enum': rule };
const lint = (text: string, fix = false) => lintWithRules(text, { rules, template, fix });

describe('metadata-enum', () => {
  const examples = readRuleDocExamples('metadata-enum');

  it('reports the invalid example of its docs and fixes the letter case only', () => {
    expect(messageLines(lint(examples.invalid[0]))).toEqual(examples.messages);
    const fixed = lint(examples.invalid[0], true);
    expect(fixed.output).toBe(examples.invalid[0].replace('approved', 'Approved'));
    expect(messageLines(fixed)).toEqual(examples.messages.slice(1));
  });

  it('accepts the valid example of its docs', () => {
    expect(messageLines(lint(examples.valid[0]))).toEqual([]);
  });

  it('leaves unfilled template text to the placeholder rule', () => {
    const text = '# Specification: Sync\n\n> **Status**: Draft | Approved | In Progress\n> **Product**: [Product]\n';
    expect(messageLines(lint(text))).toEqual([]);
  });

  it('does not offer a letter-case fix for a case-sensitive field', () => {
    const strict = testTemplate('rfc', {
      metadata: { style: 'bold-lines', fields: [fieldSchema('Status', 'enum', { values: ['draft', 'review'], caseSensitive: true })] },
    });
    const result = lintWithRules('# SPEC 0001: X\n\n**Status**: Draft\n', { rules, template: strict });
    expect(messageLines(result)).toEqual(['3:13 Unexpected value "Draft" for "Status", expected one of "draft", "review"']);
    expect(result.messages.map((message) => message.fix)).toEqual([undefined]);
  });

  it('uses the status lifecycle for a status field without values of its own, and keeps YAML quotes when fixing', () => {
    const lifecycle = testTemplate('design-doc', {
      metadata: { style: 'front-matter', fields: [fieldSchema('status', 'enum')] },
      status: { field: 'status', values: ['draft', 'review', 'approved'] },
    });
    const text = '---\nstatus: "Review"\n---\n\n# Firmware rollout\n';
    expect(messageLines(lintWithRules(text, { rules, template: lifecycle }))).toEqual([
      '2:9 Unexpected value "Review" for "status", expected "review"',
    ]);
    expect(lintWithRules(text, { rules, template: lifecycle, fix: true }).output).toBe(text.replace('"Review"', '"review"'));
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );

  it('reports the status and priority of the product mistakes example', () => {
    const { text, filePath } = exampleText('mistakes/product-grid-load-forecast.md');
    expect(messageLines(lintWithRules(text, { rules, template: realTemplate('product'), filePath }))).toEqual([
      '3:15 Unexpected value "Done" for "Status", expected one of "Draft", "Approved", "In Progress", "Implemented", "Archived"',
      '7:17 Unexpected value "P1 Low" for "Priority", expected one of "P0 Critical", "P1 High", "P2 Medium", "P3 Low"',
    ]);
  });
});
