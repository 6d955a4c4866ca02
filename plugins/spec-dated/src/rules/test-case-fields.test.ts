import { describe, expect, it } from 'vitest';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { fixtureText, lintRule, messageLines, replaceOnce } from '../testing/lint-rule.js';

const gdprExport = fixtureText('valid/SPEC-2026-09-01-003-gdpr-data-export.md');

describe('spec-dated/test-case-fields', () => {
  testDocExamplesAndCleanSpecs('test-case-fields');

  it('reports a test case of a realistic spec that lost its Expected line', () => {
    const text = replaceOnce(gdprExport, '   - Expected: every register field present in at least one file; no unregistered fields\n', '');
    expect(messageLines(lintRule('test-case-fields', text))).toEqual([
      '87:7 Unexpected test case "TEST-002" without "Expected", expected "- Expected: …" under it',
    ]);
  });

  it('does not let a nested test case lend its lines to the test case around it', () => {
    const text = replaceOnce(
      gdprExport,
      '1. **[TEST-001]** Test REQ-001 and REQ-003 for a typical driver (AC-1)\n   - Input: staging driver with 340 sessions, 12 payments and 2 support tickets\n   - Expected: ZIP with 5 folders and a manifest, ready within 15 minutes',
      '1. **[TEST-001]** Test REQ-001 and REQ-003 for a typical driver (AC-1)\n   - **[TEST-006]** Variant with no sessions\n     - Input: staging driver with no sessions\n     - Expected: ZIP with an empty sessions folder',
    );
    expect(messageLines(lintRule('test-case-fields', text))).toEqual([
      '83:7 Unexpected test case "TEST-001" without "Input" and "Expected", expected "- Input: …" and "- Expected: …" under it',
    ]);
  });

  it('reads Input and Expected written inline on the test case line', () => {
    const text = replaceOnce(
      gdprExport,
      '2. **[TEST-002]** Test REQ-002 completeness\n   - Input: the register of processing activities export (CSV) and a generated ZIP\n   - Expected: every register field present in at least one file; no unregistered fields',
      '2. **[TEST-002]** Test REQ-002 completeness. Input: the register export and a generated ZIP. Expected: every register field present',
    );
    expect(messageLines(lintRule('test-case-fields', text))).toEqual([]);
  });

  it('checks the Input and Expected cells of a test table', () => {
    const text = replaceOnce(
      gdprExport,
      '### Validation Methods',
      [
        '| ID | Input | Expected |',
        '|----|-------|----------|',
        '| TEST-006 | Export for a deleted account | HTTP 404 |',
        '| TEST-007 | Export during maintenance |  |',
        '',
        '### Validation Methods',
      ].join('\n'),
    );
    expect(messageLines(lintRule('test-case-fields', text))).toEqual([
      '106:3 Unexpected empty Expected for test case "TEST-007", expected the result the test expects',
    ]);
  });
});
