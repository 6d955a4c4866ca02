import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './requirement-keyword.js';

const docs = readRuleDocCases(new URL('./requirement-keyword.md', import.meta.url));
const noKeyword = 'Requirement has no RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT, MAY';

tester.run('design-doc/requirement-keyword', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'a requirement without a keyword in a real document',
      ...fixtureCase('invalid/requirement-without-keyword.md'),
      errors: [{ message: noKeyword, line: 35, column: 1 }],
    },
    {
      name: 'a keyword that lost its capitals warns once, on the word',
      ...fixtureCase('valid/draft-roaming-hub-gateway.md', [['3. The system SHOULD keep', '3. The system should keep']]),
      errors: [{ message: 'Unexpected lowercase `should` in a requirement, expected `SHOULD`', line: 36, column: 15, severity: 1 }],
    },
    {
      name: 'requirements written as ID bullets and in sub-sections',
      ...fixtureCase('valid/approved-payment-retry-scheduler.md', [
        [
          '### Functional Requirements\n',
          '### Functional Requirements\n\n#### Retry planning\n- **FR-6**: Retry plans are stored per payment.\n- Plans are visible to support.\n\n',
        ],
      ]),
      errors: [{ message: noKeyword, line: 36, column: 1 }],
    },
  ],
});
