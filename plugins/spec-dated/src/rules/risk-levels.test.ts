import { readRuleDocCases } from '@specloom/testing';
import { readTemplate } from '../template-source.js';
import { fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './risk-levels.js';

const docs = readRuleDocCases(new URL('./risk-levels.md', import.meta.url));
const creditNotes = fixtureText('valid/SPEC-2026-06-22-001-invoice-credit-notes.md');

tester.run('spec-dated/risk-levels', rule, {
  valid: [
    ...docs.valid,
    { name: 'the feature template pick-lists are left to the placeholder rule', code: readTemplate('feature-spec.md').markdown },
    { name: 'the why/what/how template pick-lists are left to the placeholder rule', code: readTemplate('why-what-how-spec.md').markdown },
    {
      name: 'only risk tables are read',
      code: replaceOnce(
        creditNotes,
        '## Dependencies\n',
        '## Dependencies\n| Component | Impact | Owner |\n|---|---|---|\n| PDF renderer | New template variant | Billing |\n\n',
      ),
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'a rating outside Low, Medium, High in a realistic risk table',
      code: replaceOnce(creditNotes, '| Low | High | Number assigned', '| Low | Severe | Number assigned'),
      errors: [
        {
          message: 'Unexpected Impact "Severe" for risk "Gap in numbering after a failed transaction", expected one of "Low", "Medium", "High"',
          line: 127,
          column: 53,
        },
      ],
    },
  ],
});
