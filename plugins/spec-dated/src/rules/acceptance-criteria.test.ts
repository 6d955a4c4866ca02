import { readTemplateFile } from '@specloom/core';
import { readRuleDocCases } from '@specloom/testing';
import { exampleText, fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './acceptance-criteria.js';

const docs = readRuleDocCases(new URL('./acceptance-criteria.md', import.meta.url));
const tariffPreview = fixtureText('valid/SPEC-2026-01-14-001-tariff-preview.md');
const gherkinBlock = /```gherkin\n[\s\S]*?\n```/;
/** The tariff preview spec with its acceptance criteria block replaced (the block starts on line 95). */
const withGherkin = (lines: string[]) => tariffPreview.replace(gherkinBlock, ['```gherkin', ...lines, '```'].join('\n'));
const template = readTemplateFile(import.meta.url, 'templates/feature-spec.md').markdown;
const templateSlots = (severity: 1 | 2) =>
  [
    [79, '[context]'],
    [80, '[action]'],
    [81, '[expected outcome]'],
  ].map(([line, slot]) => ({ message: `Unexpected unfilled placeholder "${slot}" in a gherkin step, expected real content`, line: Number(line), column: 1, severity }));

tester.run('spec-dated/acceptance-criteria', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'Gherkin in other languages is skipped',
      code: withGherkin(['# language: de', 'Angenommen ein Fahrer', 'Wenn er lädt', 'Dann sieht er den Preis']),
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the scenario without Then of the invalid fixture',
      code: fixtureText('invalid/gherkin-missing-then.md'),
      errors: [{ message: 'Unexpected scenario without a Then step, expected Given → When → Then', line: 96, column: 1, severity: 2 }],
    },
    {
      name: 'the scenario without Then of the feature example with mistakes',
      code: exampleText('mistakes/feature-invoice-pdf.md'),
      errors: [{ message: 'Unexpected scenario "Old invoices keep their branding" without a Then step, expected Given → When → Then', line: 95, column: 1 }],
    },
    {
      name: 'the criterion without "then" of the why/what/how example with mistakes',
      code: exampleText('mistakes/wwh-audit-log-search.md'),
      errors: [{ message: 'Unexpected acceptance criterion "AC-3" without "then", expected "Given …, when …, then …"', line: 38, column: 9 }],
    },
    {
      name: 'bare steps are consecutive scenarios: a Given after a Then starts the next one',
      code: withGherkin([
        'Given a driver at a 150 kW charger',
        'When the driver opens the start screen',
        'Then the app shows the tariff',
        '',
        'Given a roaming charger without a published tariff',
        'When the driver opens the start screen',
        'Then the app shows "Price set by operator"',
        '',
        'Given a charger with an idle fee',
        'Then the idle fee is shown',
      ]),
      errors: [{ message: 'Unexpected scenario without a When step, expected Given → When → Then', line: 104, column: 1 }],
    },
    {
      name: 'Given steps come from a Background, which may hold only Given steps',
      code: withGherkin([
        'Feature: Tariff preview',
        '  Background:',
        '    Given a driver with a pay-as-you-go contract',
        '    When the app starts',
        '',
        '  Scenario: Tariff shown',
        '    When the driver opens the start screen',
        '    Then the app shows the tariff',
        '',
        '  Scenario: Estimate shown',
        '    And the driver selects 40 kWh',
        '    Then the app shows 23.60 EUR',
      ]),
      errors: [
        { message: 'Unexpected When step in the Background, expected only Given steps', line: 99, column: 5 },
        { message: 'Unexpected "And" as the first step of scenario "Estimate shown", expected Given', line: 106, column: 5 },
      ],
    },
    {
      name: 'a Scenario Outline needs Examples',
      code: withGherkin([
        'Scenario Outline: Estimate for <kWh>',
        '  Given a tariff of 0.59 EUR/kWh',
        '  When the driver selects <kWh>',
        '  Then the estimate is <total>',
      ]),
      errors: [
        {
          message: 'Unexpected scenario outline "Estimate for <kWh>" without Examples, expected an Examples table for its <placeholders>',
          line: 96,
          column: 1,
        },
      ],
    },
    {
      name: 'an empty gherkin block',
      code: withGherkin(['# to be written']),
      errors: [{ message: 'Unexpected gherkin block without steps, expected a scenario with Given → When → Then', line: 95, column: 1 }],
    },
    { name: 'the template slots in gherkin steps of a Draft are warnings', code: template, errors: templateSlots(1) },
    {
      name: 'the template slots in gherkin steps are errors from Review on',
      code: replaceOnce(template, '- **Status**: Draft', '- **Status**: Review'),
      errors: templateSlots(2),
    },
    {
      name: 'acceptance criteria whose steps are nested bullets',
      code: replaceOnce(
        fixtureText('valid/SPEC-2026-09-01-003-gdpr-data-export.md'),
        '- [ ] **AC-2**: Given a finished export, when the driver opens the link from the email, then the ZIP downloads only after they sign in again',
        '- [ ] **AC-2**: Download after sign-in\n  - **Given** a finished export\n  - **When** the driver opens the link from the email',
      ),
      errors: [{ message: 'Unexpected acceptance criterion "AC-2" without "then", expected "Given …, when …, then …"', line: 40, column: 9 }],
    },
  ],
});
