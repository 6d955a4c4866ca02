import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './backwards-compatibility.js';

const docs = readRuleDocCases(new URL('./backwards-compatibility.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/backwards-compatibility', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'the empty Migration Strategy of the invalid fixture',
      ...fixtureCase('invalid/breaking-without-migration.md'),
      errors: [{ message: 'Breaking changes need a Migration Strategy, expected migration steps', line: 107, column: 1 }],
    },
    {
      name: 'both boxes checked',
      ...fixtureCase('valid/0010-ocpi-tariff-sync.md', [['- [ ] **Breaking changes**', '- [x] **Breaking changes**']]),
      errors: [{ message: 'Unexpected "No breaking changes" and "Breaking changes" both checked, expected exactly one', line: 107, column: 1 }],
    },
    {
      name: 'no box checked once in review',
      ...fixtureCase('valid/0010-ocpi-tariff-sync.md', [['- [x] **No breaking changes**', '- [ ] **No breaking changes**']]),
      errors: [
        {
          message: 'Missing compatibility decision, expected "No breaking changes" or "Breaking changes" checked once the status is review',
          line: 106,
          column: 1,
        },
      ],
    },
  ],
});
