import { readFileSync } from 'node:fs';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './timeline-order.js';

const docs = readRuleDocCases(new URL('./timeline-order.md', import.meta.url));

tester.run('design-doc/timeline-order', rule, {
  valid: [
    ...docs.valid,
    { name: 'the template YYYY-MM-DD dates are left to the placeholder rule', code: readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8') },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the milestone out of order in the invalid fixture',
      ...fixtureCase('invalid/timeline-dates-not-ascending.md'),
      errors: [{ message: 'Unexpected milestone date 2026-10-09 before 2026-10-16, expected ascending dates', line: 122, column: 22 }],
    },
  ],
});
