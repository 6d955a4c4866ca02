import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './section-numbering.js';
import { exampleText, filledExamples, realTemplate, realTemplateText } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, sectionSchema, testTemplate } from './testing/test-template.js';

const template = testTemplate('product', {
  sections: [
    sectionSchema('Summary', { number: '1' }),
    sectionSchema('Design', {
      number: '2',
      children: [
        sectionSchema('Components', { level: 3, number: '2.1' }),
        sectionSchema('Sync Protocol', { level: 3, number: '2.2' }),
      ],
    }),
    sectionSchema('Rollout', { number: '3', required: false }),
    sectionSchema('Testing', { number: '4' }),
  ],
});
const rules = { 'section-numbering': rule };
const lint = (text: string, fix = false) => lintWithRules(text, { rules, template, fix });

describe('section-numbering', () => {
  const examples = readRuleDocExamples('section-numbering');

  it('reports the invalid example of its docs and fixes it', () => {
    expect(messageLines(lint(examples.invalid[0]))).toEqual(examples.messages);
    const fixed = lint(examples.invalid[0], true);
    expect(fixed.output).toBe(examples.invalid[0].replace('### 3.2 Sync Protocol', '### 2.2 Sync Protocol'));
    expect(messageLines(fixed)).toEqual([]);
  });

  it('accepts the valid example of its docs (sequential numbers)', () => {
    expect(messageLines(lint(examples.valid[0]))).toEqual([]);
  });

  it("accepts the template's numbers with the gap of an omitted section", () => {
    expect(messageLines(lint(examples.valid[0].replace('## 3. Testing', '## 4. Testing')))).toEqual([]);
  });

  it('fixes a number that fits neither style to the style the document follows', () => {
    const text = '# S\n\n## 1. Summary\n\nA.\n\n## 2. Design\n\nB.\n\n## 3. Rollout\n\nC.\n\n## 5. Testing\n\nD.\n';
    expect(messageLines(lint(text))).toEqual(['15:1 Unexpected section number "5" for "Testing", expected "4"']);
    expect(lint(text, true).output).toBe(text.replace('## 5. Testing', '## 4. Testing'));
  });

  it('checks sections the template does not know by their place among numbered siblings', () => {
    const text = '# S\n\n## 1. Summary\n\nA.\n\n## 2. Notes\n\nB.\n\n## 3. Design\n\nC.\n\n## 5. Testing\n\nD.\n';
    expect(messageLines(lint(text))).toEqual(['15:1 Unexpected section number "5" for "Testing", expected "4"']);
  });

  it('leaves unnumbered sections and unnumbered templates alone', () => {
    expect(messageLines(lint('# S\n\n## Summary\n\nA.\n\n## Testing\n\nD.\n'))).toEqual([]);
    const unnumbered = testTemplate('rfc', { sections: [sectionSchema('Summary')] });
    expect(messageLines(lintWithRules('# S\n\n## 7. Summary\n\nA.\n', { rules, template: unnumbered }))).toEqual([]);
  });

  describe('on the real product template', () => {
    const product = realTemplate('product');

    it('accepts the template itself and the filled example', () => {
      for (const { text, filePath } of [realTemplateText('product'), exampleText(filledExamples.product)]) {
        expect(messageLines(lintWithRules(text, { rules, template: product, filePath }))).toEqual([]);
      }
    });

    it('accepts both numbering styles when optional sections 6 and 7 are left out', () => {
      const { text } = exampleText(filledExamples.product);
      const withoutOptional = text.replace(/## 6\. Implementation Phases[\s\S]*?(?=## 8\.)/, '');
      const renumbered = withoutOptional.replace(/(#{2,3}) 8\./g, '$1 6.');
      expect(messageLines(lintWithRules(withoutOptional, { rules, template: product }))).toEqual([]);
      expect(messageLines(lintWithRules(renumbered, { rules, template: product }))).toEqual([]);
    });

    it('fixes sub-sections that kept the old number after the parent was renumbered', () => {
      const { text } = exampleText(filledExamples.product);
      const withoutOptional = text.replace(/## 6\. Implementation Phases[\s\S]*?(?=## 8\.)/, '');
      const halfRenumbered = withoutOptional.replace('## 8. Testing', '## 6. Testing');
      // Three sub-sections 8.x against one parent 6: the template style wins, so the parent goes back to 8.
      const line = halfRenumbered.slice(0, halfRenumbered.indexOf('## 6. Testing')).split('\n').length;
      expect(messageLines(lintWithRules(halfRenumbered, { rules, template: product }))).toEqual([
        `${line}:1 Unexpected section number "6" for "Testing", expected "8"`,
      ]);
      expect(lintWithRules(halfRenumbered, { rules, template: product, fix: true }).output).toBe(withoutOptional);
    });
  });
});
