import { describe, expect, it } from 'vitest';
import { readTemplate } from '../template-source.js';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { exampleText, fixtureText, lintRule, messageLines, replaceOnce, severityLines } from '../testing/lint-rule.js';

const tariffPreview = fixtureText('valid/SPEC-2026-01-14-001-tariff-preview.md');
const gherkinBlock = /```gherkin\n[\s\S]*?\n```/;
/** The tariff preview spec with its acceptance criteria block replaced (the block starts on line 95). */
const withGherkin = (lines: string[]) => tariffPreview.replace(gherkinBlock, ['```gherkin', ...lines, '```'].join('\n'));

describe('spec-dated/acceptance-criteria', () => {
  testDocExamplesAndCleanSpecs('acceptance-criteria');

  it('reports the scenario without Then in the invalid fixture and the mistakes examples', () => {
    expect(severityLines(lintRule('acceptance-criteria', fixtureText('invalid/gherkin-missing-then.md')))).toEqual([
      '96:1 error Unexpected scenario without a Then step, expected Given → When → Then',
    ]);
    expect(messageLines(lintRule('acceptance-criteria', exampleText('mistakes/feature-invoice-pdf.md')))).toEqual([
      '95:1 Unexpected scenario "Old invoices keep their branding" without a Then step, expected Given → When → Then',
    ]);
    expect(messageLines(lintRule('acceptance-criteria', exampleText('mistakes/wwh-audit-log-search.md')))).toEqual([
      '38:9 Unexpected acceptance criterion "AC-3" without "then", expected "Given …, when …, then …"',
    ]);
  });

  it('reads bare steps as consecutive scenarios: a Given after a Then starts the next one', () => {
    const text = withGherkin([
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
    ]);
    expect(messageLines(lintRule('acceptance-criteria', text))).toEqual([
      '104:1 Unexpected scenario without a When step, expected Given → When → Then',
    ]);
  });

  it('takes Given steps from a Background and checks what a Background may hold', () => {
    const text = withGherkin([
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
    ]);
    expect(messageLines(lintRule('acceptance-criteria', text))).toEqual([
      '99:5 Unexpected When step in the Background, expected only Given steps',
      '106:5 Unexpected "And" as the first step of scenario "Estimate shown", expected Given',
    ]);
  });

  it('asks a Scenario Outline for Examples and reports an empty block', () => {
    const outline = withGherkin([
      'Scenario Outline: Estimate for <kWh>',
      '  Given a tariff of 0.59 EUR/kWh',
      '  When the driver selects <kWh>',
      '  Then the estimate is <total>',
    ]);
    expect(messageLines(lintRule('acceptance-criteria', outline))).toEqual([
      '96:1 Unexpected scenario outline "Estimate for <kWh>" without Examples, expected an Examples table for its <placeholders>',
    ]);
    expect(messageLines(lintRule('acceptance-criteria', withGherkin(['# to be written'])))).toEqual([
      '95:1 Unexpected gherkin block without steps, expected a scenario with Given → When → Then',
    ]);
  });

  it('skips Gherkin in other languages', () => {
    const text = withGherkin(['# language: de', 'Angenommen ein Fahrer', 'Wenn er lädt', 'Dann sieht er den Preis']);
    expect(messageLines(lintRule('acceptance-criteria', text))).toEqual([]);
  });

  it('reports the template slots in gherkin steps: warnings in a Draft, errors from Review on', () => {
    const draft = readTemplate('feature-spec.md').markdown;
    const slots = (severity: string) => [
      `79:1 ${severity} Unexpected unfilled placeholder "[context]" in a gherkin step, expected real content`,
      `80:1 ${severity} Unexpected unfilled placeholder "[action]" in a gherkin step, expected real content`,
      `81:1 ${severity} Unexpected unfilled placeholder "[expected outcome]" in a gherkin step, expected real content`,
    ];
    expect(severityLines(lintRule('acceptance-criteria', draft))).toEqual(slots('warn'));
    const review = replaceOnce(draft, '- **Status**: Draft', '- **Status**: Review');
    expect(severityLines(lintRule('acceptance-criteria', review))).toEqual(slots('error'));
  });

  it('reads acceptance criteria whose steps are nested bullets', () => {
    const text = replaceOnce(
      fixtureText('valid/SPEC-2026-09-01-003-gdpr-data-export.md'),
      '- [ ] **AC-2**: Given a finished export, when the driver opens the link from the email, then the ZIP downloads only after they sign in again',
      '- [ ] **AC-2**: Download after sign-in\n  - **Given** a finished export\n  - **When** the driver opens the link from the email',
    );
    expect(messageLines(lintRule('acceptance-criteria', text))).toEqual([
      '40:9 Unexpected acceptance criterion "AC-2" without "then", expected "Given …, when …, then …"',
    ]);
  });
});
