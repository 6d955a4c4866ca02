import { describe, expect, it } from 'vitest';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { exampleText, fixtureText, lintRule, messageLines, replaceOnce, severityLines } from '../testing/lint-rule.js';

const heartbeat = fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md');
const missing = (line: number, id: string) =>
  `${line}:7 error Unexpected requirement "${id}" without an RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT or MAY in capitals`;

describe('spec-dated/requirement-keyword', () => {
  testDocExamplesAndCleanSpecs('requirement-keyword');

  it('reports the requirement without a keyword in the invalid fixture and the mistakes example', () => {
    expect(severityLines(lintRule('requirement-keyword', fixtureText('invalid/requirement-without-keyword.md')))).toEqual([
      missing(30, 'REQ-004'),
    ]);
    expect(severityLines(lintRule('requirement-keyword', exampleText('mistakes/wwh-audit-log-search.md')))).toEqual([
      missing(28, 'REQ-004'),
    ]);
  });

  it('warns about mixed levels and lowercase words, and errors only without a keyword', () => {
    let text = replaceOnce(heartbeat, 'Operators MAY pin a fixed interval', 'Operators MAY pin a fixed interval and MUST log it');
    text = replaceOnce(text, 'The gateway MUST treat any inbound', 'The gateway MUST treat any inbound OCPP message, which should count,');
    text = replaceOnce(text, 'The gateway SHOULD raise', 'The gateway will raise');
    expect(severityLines(lintRule('requirement-keyword', text))).toEqual([
      '27:73 warn Unexpected lowercase "should" in requirement "REQ-001", expected "SHOULD" for a requirement level or other wording (RFC 8174)',
      missing(28, 'REQ-002'),
      '30:57 warn Unexpected requirement levels MAY and MUST in "REQ-004", expected exactly one keyword per requirement (split it)',
    ]);
  });

  it('accepts the RFC 2119 synonyms and ignores quoted text and inline code', () => {
    let text = replaceOnce(heartbeat, 'The gateway MUST treat', 'The gateway SHALL NOT ignore, and is REQUIRED to treat');
    text = replaceOnce(text, 'Operators MAY pin', 'Operators MAY pin (`must_pin` in the API; the UI says "Interval must stay pinned")');
    expect(messageLines(lintRule('requirement-keyword', text))).toEqual([]);
  });

  it('checks requirements written as a table, not a traceability table that repeats them', () => {
    const text = replaceOnce(
      heartbeat,
      '### Non-Functional Requirements',
      [
        '| ID | Requirement |',
        '|----|-------------|',
        '| REQ-005 | The gateway SHOULD report the interval per charger. |',
        '| REQ-006 | Operators see the interval history. |',
        '',
        '| Requirement | Tests |',
        '|-------------|-------|',
        '| REQ-001 | TEST-003 |',
        '| REQ-002 | TEST-001, TEST-002 |',
        '',
        '### Non-Functional Requirements',
      ].join('\n'),
    );
    expect(messageLines(lintRule('requirement-keyword', text))).toEqual([
      '35:3 Unexpected requirement "REQ-006" without an RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT or MAY in capitals',
    ]);
  });

  it('leaves a requirement that is still template text to the placeholder rule', () => {
    const text = replaceOnce(heartbeat, 'Operators MAY pin a fixed interval per charger model.', 'TBD after the vendor workshop.');
    expect(messageLines(lintRule('requirement-keyword', text))).toEqual([]);
  });

  it('does not check feature specs, whose template writes requirements without keywords', () => {
    expect(messageLines(lintRule('requirement-keyword', exampleText('mistakes/feature-invoice-pdf.md')))).toEqual([]);
  });
});
