import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './requirement-keyword.js';

const rules = { 'design-doc/requirement-keyword': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/requirement-keyword', () => {
  const examples = readRuleDocExamples(new URL('./requirement-keyword.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports a requirement without a keyword in a real document', () => {
    expect(messageLines(lintFile(fixture('invalid/requirement-without-keyword.md')))).toEqual([
      '35:1 Requirement has no RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT, MAY',
    ]);
  });

  it('warns once, on the word, when the keyword lost its capitals', () => {
    const file = fixtureWith('valid/draft-roaming-hub-gateway.md', [['3. The system SHOULD keep', '3. The system should keep']]);
    const result = lintFile(file);
    expect(messageLines(result)).toEqual(['36:15 Unexpected lowercase `should` in a requirement, expected `SHOULD`']);
    expect(result.messages[0].severity).toBe(1);
  });

  it('reads requirements written as ID bullets and in sub-sections', () => {
    const file = fixtureWith('valid/approved-payment-retry-scheduler.md', [
      [
        '### Functional Requirements\n',
        '### Functional Requirements\n\n#### Retry planning\n- **FR-6**: Retry plans are stored per payment.\n- Plans are visible to support.\n\n',
      ],
    ]);
    expect(messageLines(lintFile(file))).toEqual([
      '36:1 Requirement has no RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT, MAY',
    ]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['draft-roaming-hub-gateway.md', 'review-telemetry-pipeline.md', 'approved-payment-retry-scheduler.md', 'implemented-charger-map-tiles.md', 'approved-feature-flag-service.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
