import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import type { StatusChecklistRequirement } from '../types/schema.js';
import rule from './status-checklists.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, sectionSchema, testTemplate } from './testing/test-template.js';

function templateRequiring(requires: StatusChecklistRequirement[], caseSensitive = false) {
  return testTemplate('spec', {
    metadata: { style: 'bold-lines', fields: [fieldSchema('Status', 'enum')] },
    sections: [sectionSchema('Definition of Done')],
    status: { field: 'Status', values: ['Draft', 'Review', 'Approved', 'Implemented'], caseSensitive, requires },
  });
}

const template = templateRequiring([
  { checklist: 'Definition of Done', statuses: ['Implemented'], sections: ['Definition of Done'] },
]);
const rules = { 'status-checklists': rule };
const lint = (text: string, using = template) => messageLines(lintWithRules(text, { rules, template: using }));

describe('status-checklists', () => {
  const examples = readRuleDocExamples('status-checklists');

  it('reports the invalid example of its docs', () => {
    expect(lint(examples.invalid[0])).toEqual(examples.messages);
  });

  it('accepts the valid example of its docs', () => {
    expect(lint(examples.valid[0])).toEqual([]);
  });

  it('holds a checklist only at the statuses that require it, in any letter case', () => {
    const open = '- [ ] Recovery flow documented\n';
    expect(lint(`# Spec\n\n**Status**: Review\n\n## Definition of Done\n${open}`)).toEqual([]);
    expect(lint(`# Spec\n\n**Status**: implemented\n\n## Definition of Done\n${open}`)).toEqual([
      '6:1 Unexpected unchecked Definition of Done item "Recovery flow documented" at status implemented, expected every item checked',
    ]);
  });

  it('says nothing for a status outside the lifecycle (metadata-enum reports it)', () => {
    expect(lint('# Spec\n\n**Status**: Shipped\n\n## Definition of Done\n- [ ] Docs\n')).toEqual([]);
  });

  it('finds the checklist at any depth under its section, reports multi-line items on their first line', () => {
    const text = '# Spec\n\n**Status**: Implemented\n\n## Definition of Done\n### Code\n- [ ] Reviewed\n  by two people\n';
    expect(lint(text)).toEqual([
      '7:1 Unexpected unchecked Definition of Done item "Reviewed by two people" at status Implemented, expected every item checked',
    ]);
  });

  it('reads a checklist after a `**Label**:` line, and softens a judgement call to a warning', () => {
    const approvals = templateRequiring([
      { checklist: 'Approval', statuses: ['Approved'], labels: ['Approval'] },
      { checklist: 'Open Questions', statuses: ['Approved'], sections: ['Open Questions'], severity: 'warn' },
    ]);
    const text = [
      '# Spec',
      '',
      '**Status**: Approved',
      '',
      '## Open Questions',
      '- [ ] Do we need a second region?',
      '',
      '---',
      '',
      '**Approval**:',
      '- [x] Tech Lead: @ada',
      '- [ ] Security: @lin',
      '',
    ].join('\n');
    const result = lintWithRules(text, { rules, template: approvals });
    expect(result.messages.map((message) => [message.line, message.severity, message.message])).toEqual([
      [6, 1, 'Unexpected unchecked Open Questions item "Do we need a second region?" at status Approved, expected every item checked'],
      [12, 2, 'Unexpected unchecked Approval item "Security: @lin" at status Approved, expected every item checked'],
    ]);
  });

  it('skips items marked as not applying, but not items that merely contain the words', () => {
    const text = [
      '# Spec',
      '',
      '**Status**: Implemented',
      '',
      '## Definition of Done',
      '- [ ] ~~Load test~~',
      '- [ ] Security review: N/A (internal tool)',
      '- [ ] Migration (skipped)',
      '- [ ] No tests silently skipped',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([
      '9:1 Unexpected unchecked Definition of Done item "No tests silently skipped" at status Implemented, expected every item checked',
    ]);
  });
});
