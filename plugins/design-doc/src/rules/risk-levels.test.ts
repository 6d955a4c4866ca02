import { readFileSync } from 'node:fs';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './risk-levels.js';

const docs = readRuleDocCases(new URL('./risk-levels.md', import.meta.url));

tester.run('design-doc/risk-levels', rule, {
  valid: [
    ...docs.valid,
    { name: 'the template row is left to the placeholder rule', code: readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8') },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the risk level of the invalid fixture',
      ...fixtureCase('invalid/risk-level-not-allowed.md'),
      errors: [{ message: 'Unexpected impact `Critical`, expected High, Medium or Low', line: 179, column: 38 }],
    },
  ],
});
