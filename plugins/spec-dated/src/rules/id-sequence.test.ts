import { describe, expect, it } from 'vitest';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { exampleText, fixtureText, lintRule, messageLines, replaceOnce } from '../testing/lint-rule.js';

const heartbeat = fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md');

describe('spec-dated/id-sequence', () => {
  testDocExamplesAndCleanSpecs('id-sequence');

  it('leaves duplicate IDs to the core id-duplicate rule', () => {
    expect(messageLines(lintRule('id-sequence', fixtureText('invalid/duplicate-requirement-id.md')))).toEqual([]);
    expect(messageLines(lintRule('id-sequence', exampleText('mistakes/feature-invoice-pdf.md')))).toEqual([]);
    expect(messageLines(lintRule('id-sequence', exampleText('mistakes/wwh-audit-log-search.md')))).toEqual([]);
  });

  it('reports functional requirements out of order in a feature spec', () => {
    let text = fixtureText('valid/SPEC-2026-02-10-002-charger-reservations.md');
    text = replaceOnce(text, '- [ ] FR3: Unused', '- [ ] FR5: Unused');
    expect(messageLines(lintRule('id-sequence', text))).toEqual([
      '87:7 Unexpected "FR4" after "FR5", expected IDs in ascending order (FR6 or later)',
    ]);
  });

  it('reports test cases and acceptance criteria out of order', () => {
    let text = replaceOnce(heartbeat, '**[TEST-003]**', '**[TEST-009]**');
    text = replaceOnce(text, '- [ ] **AC-2**', '- [ ] **AC-7**');
    expect(messageLines(lintRule('id-sequence', text))).toEqual([
      '40:9 Unexpected "AC-3" after "AC-7", expected IDs in ascending order (AC-8 or later)',
      '41:9 Unexpected "AC-4" after "AC-7", expected IDs in ascending order (AC-8 or later)',
      '94:7 Unexpected "TEST-004" after "TEST-009", expected IDs in ascending order (TEST-010 or later)',
    ]);
  });

  it('zero-pads an ID everywhere it appears when the padded ID is free', () => {
    let text = replaceOnce(heartbeat, '**[REQ-004]** Operators', '**[REQ-4]** Operators');
    text = replaceOnce(text, 'Test REQ-004 model pin', 'Test REQ-4 model pin');
    expect(messageLines(lintRule('id-sequence', text))).toEqual(['30:7 Unexpected ID "REQ-4", expected 3 digits: "REQ-004"']);
    expect(lintRule('id-sequence', text, { fix: true }).output).toBe(heartbeat);
  });

  it('does not rename an ID to one that is already taken', () => {
    const text = replaceOnce(heartbeat, '**[REQ-004]** Operators', '**[REQ-1]** Operators');
    const result = lintRule('id-sequence', text);
    expect(messageLines(result)).toEqual(['30:7 Unexpected ID "REQ-1", expected 3 digits: "REQ-001"']);
    expect(result.messages[0].fix).toBeUndefined();
  });
});
