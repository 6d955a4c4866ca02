import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './test-case-fields.js';

const docs = readRuleDocCases(new URL('./test-case-fields.md', import.meta.url));
const gdprExport = fixtureText('valid/SPEC-2026-09-01-003-gdpr-data-export.md');

tester.run('spec-dated/test-case-fields', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'Input and Expected written inline on the test case line',
      code: replaceOnce(
        gdprExport,
        '2. **[TEST-002]** Test REQ-002 completeness\n   - Input: the register of processing activities export (CSV) and a generated ZIP\n   - Expected: every register field present in at least one file; no unregistered fields',
        '2. **[TEST-002]** Test REQ-002 completeness. Input: the register export and a generated ZIP. Expected: every register field present',
      ),
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'a test case of a realistic spec that lost its Expected line',
      code: replaceOnce(gdprExport, '   - Expected: every register field present in at least one file; no unregistered fields\n', ''),
      errors: [{ message: 'Unexpected test case "TEST-002" without "Expected", expected "- Expected: …" under it', line: 87, column: 7 }],
    },
    {
      name: 'a nested test case does not lend its lines to the test case around it',
      code: replaceOnce(
        gdprExport,
        '1. **[TEST-001]** Test REQ-001 and REQ-003 for a typical driver (AC-1)\n   - Input: staging driver with 340 sessions, 12 payments and 2 support tickets\n   - Expected: ZIP with 5 folders and a manifest, ready within 15 minutes',
        '1. **[TEST-001]** Test REQ-001 and REQ-003 for a typical driver (AC-1)\n   - **[TEST-006]** Variant with no sessions\n     - Input: staging driver with no sessions\n     - Expected: ZIP with an empty sessions folder',
      ),
      errors: [
        { message: 'Unexpected test case "TEST-001" without "Input" and "Expected", expected "- Input: …" and "- Expected: …" under it', line: 83, column: 7 },
      ],
    },
    {
      name: 'the Input and Expected cells of a test table',
      code: replaceOnce(
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
      ),
      errors: [{ message: 'Unexpected empty Expected for test case "TEST-007", expected the result the test expects', line: 106, column: 3 }],
    },
  ],
});
