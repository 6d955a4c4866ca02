import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './section-order.js';
import { exampleText, filledExamples, realTemplate, realTemplateText, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, sectionSchema, testTemplate } from './testing/test-template.js';

const template = testTemplate('rfc', {
  sections: ['Summary', 'Motivation', 'Proposal', 'Alternatives'].map((title) => sectionSchema(title)),
});
const rules = { 'section-order': rule };
const lint = (text: string) => messageLines(lintWithRules(text, { rules, template }));

describe('section-order', () => {
  const examples = readRuleDocExamples('section-order');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('reports one message for one section moved far away', () => {
    const text = '# T\n\n## Alternatives\n\nA.\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n\n## Proposal\n\nP.\n';
    expect(lint(text)).toEqual(['3:1 Unexpected section "Alternatives" before "Summary", expected after "Proposal"']);
  });

  it('reports the later of two swapped sections', () => {
    const text = '# T\n\n## Motivation\n\nM.\n\n## Summary\n\nS.\n';
    expect(lint(text)).toEqual(['7:1 Unexpected section "Summary" after "Motivation", expected before "Motivation"']);
  });

  it('checks sub-sections among their siblings', () => {
    const nested = testTemplate('design-doc', {
      sections: [
        sectionSchema('Testing Strategy', {
          children: ['Unit Tests', 'Integration Tests'].map((title) => sectionSchema(title, { level: 3 })),
        }),
      ],
    });
    const text = '# D\n\n## Testing Strategy\n\n### Integration Tests\n\nI.\n\n### Unit Tests\n\nU.\n';
    expect(messageLines(lintWithRules(text, { rules, template: nested }))).toEqual([
      '9:1 Unexpected section "Unit Tests" after "Integration Tests", expected before "Integration Tests"',
    ]);
  });

  describe('on the real templates', () => {
    const ids: RealTemplateId[] = ['product', 'feature', 'design-doc', 'why-what-how', 'rfc'];

    it.each(ids)('accepts the %s template itself and its filled example', (id) => {
      for (const { text, filePath } of [realTemplateText(id), exampleText(filledExamples[id])]) {
        expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
      }
    });

    it('reports Goals moved after Testing in a product spec', () => {
      const { text } = exampleText(filledExamples.product);
      const goals = /## 2\. Goals\n[\s\S]*?(?=## 3\.)/.exec(text)![0];
      const moved = `${text.replace(goals, '').trimEnd()}\n\n${goals}`;
      const line = moved.slice(0, moved.indexOf('## 2. Goals')).split('\n').length;
      expect(messageLines(lintWithRules(moved, { rules, template: realTemplate('product') }))).toEqual([
        `${line}:1 Unexpected section "Goals" after "Testing", expected between "Executive Summary" and "Technical Design"`,
      ]);
    });
  });
});
