import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './section-required.js';
import { exampleText, filledExamples, realTemplate, realTemplateText, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, sectionSchema, testTemplate } from './testing/test-template.js';

const template = testTemplate('rfc', {
  sections: [
    sectionSchema('Summary'),
    sectionSchema('Motivation'),
    sectionSchema('Alternatives', { required: false }),
    sectionSchema('Decision'),
  ],
});
const rules = { 'section-required': rule };
const lint = (text: string) => messageLines(lintWithRules(text, { rules, template }));

describe('section-required', () => {
  const examples = readRuleDocExamples('section-required');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('matches titles case-insensitively, ignoring numbers, optional markers and aliases', () => {
    const aliased = testTemplate('rfc', {
      sections: [sectionSchema('Summary', { aliases: ['Abstract'] }), sectionSchema('Open Questions')],
    });
    const text = '# SPEC 0007: Webhooks\n\n## 1. ABSTRACT\n\nText.\n\n## 2. open questions *(optional)*\n\nNone.\n';
    expect(messageLines(lintWithRules(text, { rules, template: aliased }))).toEqual([]);
  });

  it('reports a missing first section at the first heading, after the title', () => {
    const text = '# SPEC 0007: Webhooks\n\n## Motivation\n\nWhy.\n\n## Decision\n\nYes.\n';
    expect(lint(text)).toEqual(['3:1 Missing section "Summary", expected after the title']);
  });

  it('reports at the end of the document when nothing follows, and at the start without a title', () => {
    expect(lint('Just prose.\n')).toEqual([
      '1:12 Missing section "Summary", expected at the start of the document',
      '1:12 Missing section "Motivation", expected at the start of the document',
      '1:12 Missing section "Decision", expected at the start of the document',
    ]);
  });

  it('asks for required sub-sections only under a parent that is present', () => {
    const nested = testTemplate('design-doc', {
      sections: [
        sectionSchema('Overview'),
        sectionSchema('Testing', {
          required: false,
          children: [sectionSchema('Unit Tests', { level: 3 }), sectionSchema('End-to-End Tests', { level: 3 })],
        }),
      ],
    });
    const withoutTesting = '# Design\n\n## Overview\n\nText.\n';
    expect(messageLines(lintWithRules(withoutTesting, { rules, template: nested }))).toEqual([]);

    const withTesting = '# Design\n\n## Overview\n\nText.\n\n## Testing\n\n### Unit Tests\n\nVitest.\n\n## Notes\n\nMore.\n';
    expect(messageLines(lintWithRules(withTesting, { rules, template: nested }))).toEqual([
      '13:1 Missing section "End-to-End Tests", expected after "Unit Tests"',
    ]);
  });

  it('reports a required section under the wrong parent as misplaced, not missing', () => {
    const nested = testTemplate('product', {
      sections: [
        sectionSchema('Goals'),
        sectionSchema('Technical Design', { children: [sectionSchema('Components', { level: 3 })] }),
      ],
    });
    const text = '# Specification: Sync\n\n## Goals\n\n### Components\n\nStore.\n\n## Technical Design\n\nSee above.\n';
    const result = lintWithRules(text, { rules, template: nested });
    expect(messageLines(result)).toEqual(['5:1 Unexpected section "Components" under "Goals", expected under "Technical Design"']);
    // The section is written: where it stands is a question of structure, a warning.
    expect(result.messages.map((message) => message.severity)).toEqual([1]);
  });

  it('finds a required sub-section nested deeper inside its parent', () => {
    const nested = testTemplate('product', {
      sections: [sectionSchema('Technical Design', { children: [sectionSchema('Components', { level: 3 })] })],
    });
    const text = '# Specification: Sync\n\n## Technical Design\n\n### Client\n\n#### Components\n\nStore.\n';
    expect(messageLines(lintWithRules(text, { rules, template: nested }))).toEqual([]);
  });

  it('does nothing when the schema has no sections', () => {
    expect(messageLines(lintWithRules('# Anything\n', { rules }))).toEqual([]);
  });

  describe('on the real templates', () => {
    const ids: RealTemplateId[] = ['product', 'feature', 'design-doc', 'why-what-how', 'rfc'];

    it.each(ids)('finds every section of the %s template in the template itself', (id) => {
      const { text, filePath } = realTemplateText(id);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    });

    it.each(ids)('accepts the filled %s example', (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    });

    it('reports the Risk Assessment section missing from the feature mistakes example at the next section', () => {
      const { text, filePath } = exampleText('mistakes/feature-invoice-pdf.md');
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate('feature'), filePath }))).toEqual([
        '113:1 Missing section "Risk Assessment", expected after "Testing Strategy"',
      ]);
    });

    it('reports an optional product section left out as nothing, and a required one as missing', () => {
      const { text } = exampleText(filledExamples.product);
      const withoutOptional = text.replace(/## 7\. Security & Risks[\s\S]*?(?=## 8\.)/, '');
      const withoutRequired = text.replace(/### 8\.2 Regression Suite[\s\S]*?(?=### 8\.3)/, '');
      const template = realTemplate('product');
      expect(messageLines(lintWithRules(withoutOptional, { rules, template }))).toEqual([]);
      const line = withoutRequired.slice(0, withoutRequired.indexOf('### 8.3')).split('\n').length;
      expect(messageLines(lintWithRules(withoutRequired, { rules, template }))).toEqual([
        `${line}:1 Missing section "Regression Suite", expected after "Unit Tests"`,
      ]);
    });
  });
});
