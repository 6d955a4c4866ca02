import { readRuleDocCases } from '@specloom/testing';
import { exampleText, fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './requirement-keyword.js';

const docs = readRuleDocCases(new URL('./requirement-keyword.md', import.meta.url));
const heartbeat = fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md');
const missing = (line: number, column: number, id: string) => ({
  message: `Unexpected requirement "${id}" without an RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT or MAY in capitals`,
  line,
  column,
  severity: 2 as const,
});
const mixed = ([
  ['Operators MAY pin a fixed interval', 'Operators MAY pin a fixed interval and MUST log it'],
  ['The gateway MUST treat any inbound', 'The gateway MUST treat any inbound OCPP message, which should count,'],
  ['The gateway SHOULD raise', 'The gateway will raise'],
] as const).reduce<string>((text, [from, to]) => replaceOnce(text, from, to), heartbeat);
const synonyms = replaceOnce(
  replaceOnce(heartbeat, 'The gateway MUST treat', 'The gateway SHALL NOT ignore, and is REQUIRED to treat'),
  'Operators MAY pin',
  'Operators MAY pin (`must_pin` in the API; the UI says "Interval must stay pinned")',
);
const tables = replaceOnce(
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

tester.run('spec-dated/requirement-keyword', rule, {
  valid: [
    ...docs.valid,
    { name: 'RFC 2119 synonyms, with quoted text and inline code ignored', code: synonyms },
    {
      name: 'a requirement mentioned again in a later list (Implementation Notes) is a reference, not a requirement',
      code: replaceOnce(heartbeat, '### Deviations from Plan\n', '### Deviations from Plan\n- REQ-002 shipped a release early because the library handled it.\n'),
    },
    {
      name: 'a requirement that is still template text is left to the placeholder rule',
      code: replaceOnce(heartbeat, 'Operators MAY pin a fixed interval per charger model.', 'TBD after the vendor workshop.'),
    },
    { name: 'feature specs, whose template writes requirements without keywords, are not checked', code: exampleText('mistakes/feature-invoice-pdf.md') },
  ],
  invalid: [
    ...docs.invalid,
    { name: 'the requirement without a keyword of the invalid fixture', code: fixtureText('invalid/requirement-without-keyword.md'), errors: [missing(30, 7, 'REQ-004')] },
    { name: 'the requirement without a keyword of the example with mistakes', code: exampleText('mistakes/wwh-audit-log-search.md'), errors: [missing(28, 7, 'REQ-004')] },
    {
      name: 'mixed levels and lowercase words warn; only a missing keyword is an error',
      code: mixed,
      errors: [
        {
          message: 'Unexpected lowercase "should" in requirement "REQ-001", expected "SHOULD" for a requirement level or other wording (RFC 8174)',
          line: 27,
          column: 73,
          severity: 1,
        },
        missing(28, 7, 'REQ-002'),
        { message: 'Unexpected requirement levels MAY and MUST in "REQ-004", expected exactly one keyword per requirement (split it)', line: 30, column: 57, severity: 1 },
      ],
    },
    {
      name: 'requirements written as a table are checked, a traceability table that repeats them is not',
      code: tables,
      errors: [{ ...missing(35, 3, 'REQ-006') }],
    },
  ],
});
