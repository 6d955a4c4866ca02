import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './metadata-unknown.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('rfc', {
  metadata: {
    style: 'bold-lines',
    fields: [
      fieldSchema('Status', 'enum', { values: ['draft', 'review'] }),
      fieldSchema('Created', 'date'),
      fieldSchema('Last Updated', 'date'),
      fieldSchema('Reviewers', 'handle-list', { required: false }),
    ],
  },
});
const rules = { 'metadata-unknown': rule };
const lint = (text: string, options: { fix?: boolean; ruleOptions?: Record<string, unknown> } = {}) =>
  lintWithRules(text, { rules, template, ...options });

describe('metadata-unknown', () => {
  const examples = readRuleDocExamples('metadata-unknown');

  it('reports the invalid example of its docs as warnings and suggests, never fixes, the near miss', () => {
    const result = lint(examples.invalid[0]);
    expect(messageLines(result)).toEqual(examples.messages);
    expect(result.messages.map((message) => message.severity)).toEqual([1, 1]);
    const [nearMiss] = result.messages;
    expect(nearMiss?.fix).toBeUndefined();
    const start = examples.invalid[0].indexOf('Last Update');
    expect(nearMiss?.suggestions).toEqual([
      { desc: 'Rename "Last Update" to "Last Updated"', fix: { range: [start, start + 'Last Update'.length], text: 'Last Updated' } },
    ]);
    expect(lint(examples.invalid[0], { fix: true }).output).toBeUndefined();
  });

  it('accepts the valid example of its docs', () => {
    expect(messageLines(lint(examples.valid[0]))).toEqual([]);
  });

  it('suggests the plural field for a singular key, replacing the key only', () => {
    const text = '# SPEC 0007: Billing webhooks\n\n**Reviewer**: @architect\n';
    const result = lint(text);
    expect(messageLines(result)).toEqual(['3:3 Unexpected metadata field "Reviewer", expected "Reviewers"']);
    expect(result.messages[0]?.suggestions?.[0]?.fix).toEqual({ range: [text.indexOf('Reviewer'), text.indexOf('Reviewer') + 8], text: 'Reviewers' });
  });

  it('says so when the template has no metadata fields at all', () => {
    const empty = testTemplate('spec', { metadata: { style: 'bold-lines', fields: [] } });
    expect(messageLines(lintWithRules('# S\n\n**Jira**: X-1\n', { rules, template: empty }))).toEqual([
      '3:3 Unexpected metadata field "Jira", expected none: the template has no metadata fields',
    ]);
  });

  it('offers no fix when the field the key resembles is already there', () => {
    const text = '# SPEC 0007: Billing webhooks\n\n**Status**: draft\n**Statu**: review\n';
    const result = lint(text);
    expect(messageLines(result)).toEqual([
      '4:3 Unexpected metadata field "Statu", expected one of "Status", "Created", "Last Updated", "Reviewers"',
    ]);
    expect(result.messages.map((message) => message.fix)).toEqual([undefined]);
  });

  it('allows configured keys, the front matter template key, and everything when the schema allows unknown keys', () => {
    expect(messageLines(lint('# SPEC 0007: X\n\n**Jira**: BILL-12\n', { ruleOptions: { 'metadata-unknown': { allow: ['jira'] } } }))).toEqual([]);
    const yamlTemplate = testTemplate('design-doc', { metadata: { style: 'front-matter', fields: [fieldSchema('title', 'string')] } });
    expect(messageLines(lintWithRules('---\ntitle: X\ntemplate: design-doc\n---\n\n# X\n', { rules, template: yamlTemplate }))).toEqual([]);
    const open = testTemplate('rfc', { metadata: { style: 'bold-lines', fields: [], allowUnknown: true } });
    expect(messageLines(lintWithRules('# SPEC 0007: X\n\n**Team**: Billing\n', { rules, template: open }))).toEqual([]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );
});
