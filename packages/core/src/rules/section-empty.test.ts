import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './section-empty.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, sectionSchema, testTemplate } from './testing/test-template.js';

const rules = { 'section-empty': rule };
const lint = (text: string, template = testTemplate('any', {})) => lintWithRules(text, { rules, template });

describe('section-empty', () => {
  const examples = readRuleDocExamples('section-empty');

  it('reports the invalid example of its docs as a warning', () => {
    const result = lint(examples.invalid[0]);
    expect(messageLines(result)).toEqual(examples.messages);
    expect(result.messages.map((message) => message.severity)).toEqual([1]);
  });

  it('accepts the valid example of its docs', () => {
    expect(messageLines(lint(examples.valid[0]))).toEqual([]);
  });

  it('treats a heading followed only by an HTML comment, or at the end of the file, as empty', () => {
    const text = '# Spec\n\nIntro.\n\n## Notes\n\n<!-- to do -->\n\n## References\n';
    expect(messageLines(lint(text))).toEqual([
      '5:1 Unexpected empty section "Notes", expected content or sub-sections',
      '9:1 Unexpected empty section "References", expected content or sub-sections',
    ]);
  });

  it('accepts an empty section the template allows to be empty', () => {
    const template = testTemplate('any', { sections: [sectionSchema('Notes', { allowEmpty: true })] });
    expect(messageLines(lint('# Spec\n\nIntro.\n\n## Notes\n', template))).toEqual([]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );
});
