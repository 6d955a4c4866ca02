import { readTemplateFile } from '@specloom/core';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './nfr-target.js';

const docs = readRuleDocCases(new URL('./nfr-target.md', import.meta.url));
const tariffPreview = fixtureText('valid/SPEC-2026-01-14-001-tariff-preview.md');
const idleFees = fixtureText('valid/SPEC-2026-03-09-001-idle-fee-notifications.md');

tester.run('spec-dated/nfr-target', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'a target written as nested bullets under its category',
      code: replaceOnce(
        idleFees,
        '- **Performance**: notifications delivered within 30 seconds of the scheduled time for 99% of sessions',
        '- **Performance**:\n  - 99% of notifications within 30 seconds\n  - p95 scheduler lag under 2 seconds',
      ),
    },
    {
      name: 'an NFR that is only template text is left to the placeholder rule',
      code: replaceOnce(tariffPreview, 'NFR1: Performance - tariff endpoint p95 under 150 ms', 'NFR1: [Description]'),
    },
    { name: 'the feature template slots are left to the placeholder rule', code: readTemplateFile(import.meta.url, 'templates/feature-spec.md').markdown },
    { name: 'the why/what/how template slots are left to the placeholder rule', code: readTemplateFile(import.meta.url, 'templates/why-what-how-spec.md').markdown },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'a feature NFR that lost its category',
      code: replaceOnce(tariffPreview, 'NFR1: Performance - tariff endpoint', 'NFR1: tariff endpoint'),
      // The target is there; the category form is a convention: a warning.
      errors: [{ message: 'Unexpected "NFR1" without a category, expected "NFR1: Category - measurable target"', line: 90, column: 7, severity: 1 }],
    },
    {
      name: 'a Performance target without a number in a why/what/how spec is a warning',
      code: replaceOnce(
        idleFees,
        '**Performance**: notifications delivered within 30 seconds of the scheduled time for 99% of sessions',
        '**Performance**: notifications arrive quickly',
      ),
      errors: [
        {
          message:
            'Unexpected unmeasurable Performance target "notifications arrive quickly" in the non-functional requirements, expected a number to test against (e.g. "p95 under 200 ms")',
          line: 33,
          column: 1,
          severity: 1,
        },
      ],
    },
  ],
});
