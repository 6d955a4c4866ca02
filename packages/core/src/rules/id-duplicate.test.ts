import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './id-duplicate.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('why-what-how', {
  idFamilies: [{ name: 'req', pattern: 'REQ-\\d{3}', scope: 'document', sequential: true }],
});
const rules = { 'id-duplicate': rule };
const lint = (text: string) => messageLines(lintWithRules(text, { rules, template }));

describe('id-duplicate', () => {
  const examples = readRuleDocExamples('id-duplicate');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('counts references as no second definition, and ignores families the template does not list', () => {
    const text = '# S\n\n## What\n\n- **[REQ-001]** The system MUST log.\n- **[AC-1]** Given a log.\n- **[AC-1]** Given another.\n\nREQ-001 is covered by AC-1.\n';
    expect(lint(text)).toEqual([]);
  });

  it('takes a list detailing the rows of a table above it as no second definition; two rows still clash', () => {
    const spikes = testTemplate('product', {
      idFamilies: [{ name: 'spike', pattern: '[A-Z]-\\d{3}', scope: 'document', sequential: true }],
    });
    const table = '| Spike | Description |\n|---|---|\n| **G-001** | Branch writes |\n| **G-002** | Cost model |\n';
    const details = '\nEach spike answers:\n- **G-001**\n  - **Goal**: atomic writes.\n- **G-002** Goal: estimates within 25%.\n';
    const lintSpikes = (text: string) => messageLines(lintWithRules(text, { rules, template: spikes }));
    expect(lintSpikes(`# S\n\n## 4. Spikes\n\n${table}${details}`)).toEqual([]);
    expect(lintSpikes(`# S\n\n## 4. Spikes\n\n${table}| **G-001** | Again |\n`)).toEqual([
      '9:5 Unexpected second definition of "G-001", expected a unique ID (first defined on line 7)',
    ]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );

  it('reports the duplicate requirement IDs of the mistakes examples', () => {
    const feature = exampleText('mistakes/feature-invoice-pdf.md');
    expect(messageLines(lintWithRules(feature.text, { rules, template: realTemplate('feature') }))).toEqual([
      '81:7 Unexpected second definition of "FR2", expected a unique ID (first defined on line 80)',
    ]);
    const wwh = exampleText('mistakes/wwh-audit-log-search.md');
    expect(messageLines(lintWithRules(wwh.text, { rules, template: realTemplate('why-what-how') }))).toEqual([
      '27:7 Unexpected second definition of "REQ-002", expected a unique ID (first defined on line 26)',
    ]);
  });
});

describe('id-duplicate and restated IDs', () => {
  const text = [
    '# Specification: Audit log search',
    '',
    '## Requirements',
    '',
    '1. **[REQ-001]** The system MUST index entries.',
    '2. **[REQ-002]** The system SHOULD page results.',
    '',
    '## Traceability',
    '',
    '| Requirement | Test |',
    '| --- | --- |',
    '| REQ-001 | TEST-001 |',
    '| REQ-002 | TEST-002 |',
    '',
  ].join('\n');

  it('does not report a traceability table that restates IDs in another section', () => {
    expect(lint(text)).toEqual([]);
  });

  it('still reports a second definition in the same section', () => {
    expect(lint(text.replace('2. **[REQ-002]**', '2. **[REQ-001]**'))).toEqual([
      '6:7 Unexpected second definition of "REQ-001", expected a unique ID (first defined on line 5)',
    ]);
  });
});
