import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './table-columns.js';
import { exampleText, filledExamples, realTemplate, realTemplateText, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, sectionSchema, testTemplate } from './testing/test-template.js';

const template = testTemplate('design-doc', {
  sections: [
    sectionSchema('Risks', { tables: [{ columns: ['Risk', 'Impact', 'Probability', 'Mitigation'] }] }),
    sectionSchema('Change Log', {
      tables: [{ columns: ['Version', 'Date', 'Author', 'Changes'], requiredColumns: ['Version', 'Changes'] }],
    }),
  ],
});
const rules = { 'table-columns': rule };
const lint = (text: string) => messageLines(lintWithRules(text, { rules, template }));

describe('table-columns', () => {
  const examples = readRuleDocExamples('table-columns');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('asks only for the required columns, and names a single missing one', () => {
    const text = '# D\n\n## Change Log\n\n| Version | Date |\n|---|---|\n| 1.0 | 2026-01-01 |\n';
    expect(lint(text)).toEqual([
      '5:1 Missing column "Changes" in the table of "Change Log", expected columns "Version", "Changes"',
    ]);
  });

  it('checks only tables standing in the section itself, not in its sub-sections or other sections', () => {
    const text = '# D\n\n## Risks\n\n### Glossary\n\n| Term | Definition |\n|---|---|\n| SLO | Target |\n\n## Notes\n\n| A | B |\n|---|---|\n| 1 | 2 |\n';
    expect(lint(text)).toEqual([]);
  });

  describe('on the real templates', () => {
    const ids: RealTemplateId[] = ['product', 'feature', 'design-doc', 'why-what-how', 'rfc'];

    it.each(ids)('accepts the %s template itself and its filled example', (id) => {
      for (const { text, filePath } of [realTemplateText(id), exampleText(filledExamples[id])]) {
        expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
      }
    });

    it('reports a risk table without its Mitigation column in a why-what-how spec', () => {
      const { text } = exampleText(filledExamples['why-what-how']);
      const header = /^\| Risk \| Impact \| Probability \| Mitigation \|$/m.exec(text);
      expect(header).not.toBeNull();
      const changed = text.replace('| Risk | Impact | Probability | Mitigation |', '| Risk | Impact | Probability | Fix |');
      const line = text.slice(0, header!.index).split('\n').length;
      expect(messageLines(lintWithRules(changed, { rules, template: realTemplate('why-what-how') }))).toEqual([
        `${line}:1 Missing column "Mitigation" in the table of "Risks & Mitigations", expected columns "Risk", "Impact", "Probability", "Mitigation"`,
      ]);
    });
  });
});
