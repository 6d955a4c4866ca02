import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './id-undefined.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines, testTemplate } from './testing/test-template.js';

const template = testTemplate('why-what-how', {
  idFamilies: [
    { name: 'req', pattern: 'REQ-\\d{3}', scope: 'document', sequential: true },
    { name: 'ac', pattern: 'AC-\\d+', scope: 'document', sequential: true },
    { name: 'spec', pattern: 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', scope: 'workspace', sequential: false },
  ],
});
const rules = { 'id-undefined': rule };
const lint = (text: string) => messageLines(lintWithRules(text, { rules, template }));

describe('id-undefined', () => {
  const examples = readRuleDocExamples('id-undefined');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('says so when the family has no definition at all, and leaves workspace IDs alone', () => {
    const text = '# S\n\n## What\n\n- **[REQ-001]** The system MUST log.\n\nSee AC-2 and SPEC-2026-01-01-001.\n';
    expect(lint(text)).toEqual([
      '7:5 Unexpected reference to undefined ID "AC-2", expected an ID defined in this document',
    ]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'accepts the filled %s example',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );

  it('reports REQ-007 in the why-what-how mistakes example', () => {
    const { text } = exampleText('mistakes/wwh-audit-log-search.md');
    expect(messageLines(lintWithRules(text, { rules, template: realTemplate('why-what-how') }))).toEqual([
      '82:24 Unexpected reference to undefined ID "REQ-007", expected one of the defined IDs (REQ-001, REQ-002, REQ-004)',
    ]);
  });
});
