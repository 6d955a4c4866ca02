import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './nfr-category.js';

const docs = readRuleDocCases(new URL('./nfr-category.md', import.meta.url));

tester.run('design-doc/nfr-category', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'a non-functional requirement without its bold category in a real document',
      ...fixtureCase('valid/review-telemetry-pipeline.md', [['2. **Security**: TLS', '2. Security: TLS']]),
      errors: [
        { message: 'Non-functional requirement has no category in bold, expected `**Category**: …` such as `**Security**:`', line: 41, column: 1 },
      ],
    },
  ],
});
