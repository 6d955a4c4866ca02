import { readFileSync } from 'node:fs';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './alternatives.js';

const docs = readRuleDocCases(new URL('./alternatives.md', import.meta.url));

tester.run('design-doc/alternatives', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'the template alternatives, whose text is only placeholders and prompts',
      code: readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8'),
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'an alternative without a decision in a real document',
      ...fixtureCase('valid/approved-payment-retry-scheduler.md', [['**Decision**: Not applicable to our payment type.\n', '']]),
      errors: [
        {
          message: 'Alternative "Alternative 1: Adyen Auto Rescue" has no decision, expected a description, pros, cons and a decision',
          line: 177,
          column: 1,
        },
      ],
    },
  ],
});
