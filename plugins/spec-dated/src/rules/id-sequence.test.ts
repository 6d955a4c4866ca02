import { readRuleDocCases } from '@specloom/testing';
import { exampleText, fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './id-sequence.js';

const docs = readRuleDocCases(new URL('./id-sequence.md', import.meta.url));
const heartbeat = fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md');
const unpadded = replaceOnce(replaceOnce(heartbeat, '**[REQ-004]** Operators', '**[REQ-4]** Operators'), 'Test REQ-004 model pin', 'Test REQ-4 model pin');
const outOfOrder = (id: string, after: string, next: string, line: number, column: number) => ({
  message: `Unexpected "${id}" after "${after}", expected IDs in ascending order (${next} or later)`,
  line,
  column,
});

tester.run('spec-dated/id-sequence', rule, {
  valid: [
    ...docs.valid,
    { name: 'a duplicate ID is left to id-duplicate', code: fixtureText('invalid/duplicate-requirement-id.md') },
    { name: 'the duplicates of the feature example with mistakes are left to id-duplicate', code: exampleText('mistakes/feature-invoice-pdf.md') },
    { name: 'the duplicates of the why/what/how example with mistakes are left to id-duplicate', code: exampleText('mistakes/wwh-audit-log-search.md') },
  ],
  invalid: [
    // The padded REQ-004 is free, so REQ-4 is renamed; the order is the author's to fix.
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('**[REQ-4]**', '**[REQ-004]**') },
    {
      name: 'functional requirements out of order in a feature spec',
      code: replaceOnce(fixtureText('valid/SPEC-2026-02-10-002-charger-reservations.md'), '- [ ] FR3: Unused', '- [ ] FR5: Unused'),
      errors: [outOfOrder('FR4', 'FR5', 'FR6', 87, 7)],
    },
    {
      name: 'test cases and acceptance criteria out of order',
      code: replaceOnce(replaceOnce(heartbeat, '**[TEST-003]**', '**[TEST-009]**'), '- [ ] **AC-2**', '- [ ] **AC-7**'),
      errors: [outOfOrder('AC-3', 'AC-7', 'AC-8', 40, 9), outOfOrder('AC-4', 'AC-7', 'AC-8', 41, 9), outOfOrder('TEST-004', 'TEST-009', 'TEST-010', 94, 7)],
    },
    {
      name: 'an ID is zero-padded everywhere it appears when the padded ID is free',
      code: unpadded,
      errors: [{ message: 'Unexpected ID "REQ-4", expected 3 digits: "REQ-004"', line: 30, column: 7 }],
      output: heartbeat,
      hosts: ['engine'],
    },
    {
      // An editor's quick fix replaces the message's range only, so a rename of every mention is not offered.
      name: 'a rename of every mention of an ID is no quick fix in remark',
      code: unpadded,
      errors: [{ message: 'Unexpected ID "REQ-4", expected 3 digits: "REQ-004"', line: 30, column: 7 }],
      output: null,
      hosts: ['remark'],
    },
    {
      name: 'an ID is not renamed to one that is already taken',
      code: replaceOnce(heartbeat, '**[REQ-004]** Operators', '**[REQ-1]** Operators'),
      errors: [{ message: 'Unexpected ID "REQ-1", expected 3 digits: "REQ-001"', line: 30, column: 7 }],
      output: null,
    },
  ],
});
