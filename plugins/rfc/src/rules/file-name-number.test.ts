import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './file-name-number.js';

const docs = readRuleDocCases(new URL('./file-name-number.md', import.meta.url), { filePath: RFC_FILE_NAME });
const tariffSync = fixtureCase('valid/0010-ocpi-tariff-sync.md');

tester.run('rfc/file-name-number', rule, {
  valid: [
    ...docs.valid,
    { name: 'a file name without a leading number', ...fixtureCase('invalid/title-three-digits.md') },
    { name: 'a dated file name', ...tariffSync, filePath: '2026-08-17-ocpi-tariff-sync.md' },
    { name: 'a file number without padding', ...tariffSync, filePath: '10-ocpi-tariff-sync.md' },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the mismatch of the invalid fixture',
      ...fixtureCase('invalid/0104-filename-mismatch.md'),
      errors: [{ message: 'Unexpected RFC number 0106, expected 0104 to match the file name `0104-filename-mismatch.md`', line: 1, column: 8 }],
    },
  ],
});
