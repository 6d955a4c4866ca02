import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './metadata-required.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('product', {
  metadata: {
    style: 'blockquote',
    fields: [
      fieldSchema('Status', 'enum', { values: ['Draft', 'Approved'] }),
      fieldSchema('Owner', 'string'),
      fieldSchema('Created', 'date'),
      fieldSchema('Reviewers', 'list', { required: false }),
    ],
  },
});
const rules = { 'metadata-required': rule };
const lint = (text: string) => messageLines(lintWithRules(text, { rules, template }));

describe('metadata-required', () => {
  const examples = readRuleDocExamples('metadata-required');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('finds fields by alias and in any letter case', () => {
    const aliased = testTemplate('product', {
      metadata: { style: 'blockquote', fields: [fieldSchema('Owner', 'string', { aliases: ['Author'] })] },
    });
    const text = '# Specification: Sync\n\n> **AUTHOR**: Maya Okafor\n';
    expect(messageLines(lintWithRules(text, { rules, template: aliased }))).toEqual([]);
  });

  it('reports every required field at the title when the document has no metadata at all', () => {
    expect(lint('# Specification: Sync\n\nText.\n')).toEqual([
      '1:1 Missing metadata field "Status", expected by the "product" template',
      '1:1 Missing metadata field "Owner", expected by the "product" template',
      '1:1 Missing metadata field "Created", expected by the "product" template',
    ]);
  });

  it('reports a missing front matter key at the front matter, and an empty YAML list', () => {
    const yamlTemplate = testTemplate('design-doc', {
      metadata: {
        style: 'front-matter',
        fields: [fieldSchema('title', 'string'), fieldSchema('author', 'string'), fieldSchema('reviewers', 'list')],
      },
    });
    const text = '---\ntitle: Firmware rollout\nreviewers: []\n---\n\n# Firmware rollout\n';
    expect(messageLines(lintWithRules(text, { rules, template: yamlTemplate }))).toEqual([
      '1:1 Missing metadata field "author", expected by the "design-doc" template',
      '3:1 Unexpected empty metadata field "reviewers", expected a value (required by the "design-doc" template)',
    ]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );

  it('reports the author key missing from the design-doc mistakes example on line 1', () => {
    const { text, filePath } = exampleText('mistakes/design-doc-firmware-rollout.md');
    expect(messageLines(lintWithRules(text, { rules, template: realTemplate('design-doc'), filePath }))).toEqual([
      '1:1 Missing metadata field "author", expected by the "design-doc" template',
    ]);
  });
});
