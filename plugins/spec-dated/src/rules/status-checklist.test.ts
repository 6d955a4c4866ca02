import { readRuleDocCases } from '@specloom/testing';
import { exampleText, fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './status-checklist.js';

const docs = readRuleDocCases(new URL('./status-checklist.md', import.meta.url));
const rateLimiting = exampleText('why-what-how/SPEC-2026-04-15-002-rate-limiting.md');
const signOffOpen = (note = '') => replaceOnce(rateLimiting, '- [x] Stakeholder sign-off received', `- [ ] Stakeholder sign-off received${note}`);

tester.run('spec-dated/status-checklist', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'items marked not applicable or crossed out',
      code: replaceOnce(signOffOpen(' (N/A: internal change)'), '- [x] Deployed to staging environment', '- [ ] ~~Deployed to staging environment~~'),
    },
    { name: 'a Review feature spec is not asked for checked items', code: fixtureText('valid/SPEC-2026-02-10-002-charger-reservations.md') },
    { name: 'an Approved why/what/how spec is not asked for checked items', code: fixtureText('valid/SPEC-2026-09-01-003-gdpr-data-export.md') },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the unchecked Review Checklist item of the Approved invalid fixture',
      code: fixtureText('invalid/approved-review-checklist-unchecked.md'),
      errors: [
        {
          message: 'Unexpected unchecked Review Checklist item "Timeline realistic and approved" in an Approved spec, expected every item checked',
          line: 183,
          column: 1,
          severity: 2,
        },
      ],
    },
    {
      name: 'an Implemented why/what/how spec needs a complete Definition of Done',
      code: signOffOpen(),
      errors: [
        {
          message: 'Unexpected unchecked Definition of Done item "Stakeholder sign-off received" in an Implemented spec, expected every item checked',
          line: 130,
          column: 1,
        },
      ],
    },
  ],
});
