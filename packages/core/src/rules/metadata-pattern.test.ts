import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './metadata-pattern.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('feature', {
  metadata: {
    style: 'bullet-list',
    fields: [
      fieldSchema('Spec ID', 'pattern', { pattern: 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', format: 'SPEC-YYYY-MM-DD-NNN' }),
      fieldSchema('Issue', 'pattern', { pattern: '#\\d+', required: false }),
      fieldSchema('Broken', 'pattern', { pattern: '(unclosed', required: false }),
    ],
  },
  placeholders: [{ pattern: '\\[[^\\]]+\\]', description: 'bracketed slot' }],
});
const rules = { 'metadata-pattern': rule };
const lint = (text: string) => messageLines(lintWithRules(text, { rules, template }));
const withMetadata = (lines: string[]) => `# Feature Specification: Invoice PDFs\n\n## Metadata\n${lines.join('\n')}\n`;

describe('metadata-pattern', () => {
  const examples = readRuleDocExamples('metadata-pattern');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('requires the whole value to match, and shows the pattern when there is no format', () => {
    expect(lint(withMetadata(['- **Spec ID**: SPEC-2025-01-05-001 (draft)', '- **Issue**: see #12']))).toEqual([
      '4:16 Unexpected value "SPEC-2025-01-05-001 (draft)" for "Spec ID", expected the format "SPEC-YYYY-MM-DD-NNN"',
      '5:14 Unexpected value "see #12" for "Issue", expected the format /#\\d+/',
    ]);
  });

  it('leaves placeholders and empty values to other rules, and skips an invalid pattern in the schema', () => {
    expect(lint(withMetadata(['- **Spec ID**: SPEC-[YYYY-MM-DD]-[NUMBER]', '- **Issue**:', '- **Broken**: x']))).toEqual([]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );

  it('reports the malformed Spec ID of the feature mistakes example', () => {
    const { text } = exampleText('mistakes/feature-invoice-pdf.md');
    const lines = messageLines(lintWithRules(text, { rules, template: realTemplate('feature') }));
    expect(lines[0]).toBe('4:16 Unexpected value "SPEC-2025-1-5-1" for "Spec ID", expected the format "SPEC-YYYY-MM-DD-N"');
  });
});
