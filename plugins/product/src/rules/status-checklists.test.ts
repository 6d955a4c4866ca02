import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readRuleDocCases } from '@specloom/testing';
import { examplesDir, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './status-checklists.js';

const docs = readRuleDocCases(new URL('./status-checklists.md', import.meta.url));
const station = fixtureText('valid', 'station-shift-handover.md');
const withStatus = (text: string, status: string) => text.replace(/^> \*\*Status\*\*: .*$/m, `> **Status**: ${status}`);
const openQuestions = (status: string) =>
  [68, 69, 70].map((line) => ({
    message: `${status} spec has an unchecked Commercialization question: expected every question answered and checked`,
    line,
    column: 1,
  }));

tester.run('product/status-checklists', rule, {
  valid: [
    ...docs.valid,
    ...['Draft', 'Archived'].map((status) => ({ name: `a ${status} spec is left alone`, code: withStatus(station, status) })),
    { name: 'an unknown status is left alone (the example with mistakes)', code: readFileSync(path.join(examplesDir, 'mistakes/product-grid-load-forecast.md'), 'utf8') },
    { name: 'a status outside the lifecycle is left alone', code: fixtureText('invalid', 'status-not-in-lifecycle.md') },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'an unchecked Regression Suite item of an Implemented spec',
      code: fixtureText('invalid', 'implemented-regression-unchecked.md'),
      errors: [{ message: 'Implemented spec has an unchecked Regression Suite item: expected every item checked', line: 108, column: 1 }],
    },
    // Approved and In Progress specs must answer the Commercialization questions, but not run the regression suite yet.
    ...[
      ['Approved', 'Approved'],
      ['In Progress', 'In Progress'],
      ['in progress', 'In Progress'],
    ].map(([status, shown]) => ({ name: `a ${status} spec with open Commercialization questions`, code: withStatus(station, status), errors: openQuestions(shown) })),
    {
      name: 'the checklists under British spelling',
      code: replaceOnce(withStatus(station, 'Approved'), '### 5.2 Commercialization Questions', '### 5.2 Commercialisation Questions'),
      errors: 3,
    },
  ],
});
