import { readTemplateFile } from '@specloom/core';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './timeline-order.js';

const docs = readRuleDocCases(new URL('./timeline-order.md', import.meta.url));
const creditNotes = fixtureText('valid/SPEC-2026-06-22-001-invoice-credit-notes.md');

tester.run('spec-dated/timeline-order', rule, {
  valid: [...docs.valid, { name: 'the template slots ([Date]) are left alone', code: readTemplateFile(import.meta.url, 'templates/feature-spec.md').markdown }],
  invalid: [
    ...docs.invalid,
    {
      name: 'milestones out of order in a realistic timeline',
      code: replaceOnce(creditNotes, '  - Phase 2 Complete: 2026-08-28', '  - Phase 2 Complete: 2026-07-28'),
      errors: [
        {
          message: 'Unexpected "Phase 2 Complete" date 2026-07-28 before "Phase 1 Complete" (2026-07-31), expected milestones in date order',
          line: 162,
          column: 23,
        },
      ],
    },
    {
      name: 'a target completion before the start date',
      code: replaceOnce(creditNotes, '- **Target Completion**: 2026-09-25', '- **Target Completion**: 2026-06-25'),
      errors: [
        { message: 'Unexpected "Target Completion" date 2026-06-25 before "Start Date" (2026-07-06), expected on or after 2026-07-06', line: 159, column: 26 },
      ],
    },
    {
      name: 'the rows of a milestone table in date order',
      code: replaceOnce(
        creditNotes,
        '\n## Review Checklist',
        '\n| Milestone | Date |\n|---|---|\n| Pilot with two tenants | 2026-08-10 |\n| Tax adviser sign-off | 2026-08-03 |\n\n## Review Checklist',
      ),
      errors: [
        {
          message: 'Unexpected "Tax adviser sign-off" date 2026-08-03 before "Pilot with two tenants" (2026-08-10), expected milestones in date order',
          line: 168,
          column: 24,
        },
      ],
    },
  ],
});
