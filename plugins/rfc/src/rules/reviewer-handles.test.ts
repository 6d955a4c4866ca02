import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './reviewer-handles.js';

const docs = readRuleDocCases(new URL('./reviewer-handles.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/reviewer-handles', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'the name among handles in a real RFC',
      ...fixtureCase('invalid/reviewer-not-handle.md'),
      // A name still says who reviews: a warning.
      errors: [{ message: 'Unexpected reviewer `Bob Martins`, expected an `@handle`', line: 7, column: 29, severity: 1 }],
    },
  ],
});
