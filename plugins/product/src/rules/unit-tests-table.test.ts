import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readRuleDocCases } from '@specloom/testing';
import { examplesDir, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './unit-tests-table.js';

const docs = readRuleDocCases(new URL('./unit-tests-table.md', import.meta.url));
const trace = fixtureText('valid', 'trace-ocpp-message-sampling.md');

tester.run('product/unit-tests-table', rule, {
  valid: [
    ...docs.valid,
    {
      name: "the template's [Component A] is left to the placeholder rule",
      code: readFileSync(path.join(examplesDir, 'mistakes/product-grid-load-forecast.md'), 'utf8'),
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the table of a spec that renumbered Testing to 6',
      code: replaceOnce(trace, '| Full-fidelity buffer | `ingest/src/buffer/tests.rs` |', '| Full-fidelity buffer | N/A |'),
      errors: [{ message: 'Missing "Test File" for "Full-fidelity buffer" in the Unit Tests table, expected a filled cell', line: 72, column: 24 }],
    },
    {
      name: 'a table without rows',
      code: trace.replace(/(\| Component \| Test File \| Key Cases \|\n\|[-|]+\|\n)(?:\|.*\n)+/, '$1'),
      errors: [
        { message: 'Missing rows in the Unit Tests table, expected one row per component: Component | Test File | Key Cases', line: 69, column: 1 },
      ],
    },
  ],
});
