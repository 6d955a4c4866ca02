import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './title-number.js';

const docs = readRuleDocCases(new URL('./title-number.md', import.meta.url), { filePath: RFC_FILE_NAME });
const threeDigits = fixtureCase('invalid/title-three-digits.md');

tester.run('rfc/title-number', rule, {
  valid: docs.valid,
  invalid: [
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('# SPEC 105:', '# SPEC 0105:') },
    docs.invalid[1]!,
    {
      name: 'the three-digit number of a real RFC is fixed',
      ...threeDigits,
      errors: [{ message: 'Unexpected RFC number `105`, expected exactly four digits: `SPEC 0105`', line: 1, column: 8 }],
      output: threeDigits.code.replace('# SPEC 105:', '# SPEC 0105:'),
    },
    {
      name: 'extra leading zeros are dropped',
      code: '# SPEC 00007: Billing Webhooks\n',
      filePath: RFC_FILE_NAME,
      errors: [{ message: 'Unexpected RFC number `00007`, expected exactly four digits: `SPEC 0007`', line: 1, column: 8 }],
      output: '# SPEC 0007: Billing Webhooks\n',
    },
    {
      name: 'a five-digit number cannot be shortened',
      code: '# SPEC 12345: Billing Webhooks\n',
      filePath: RFC_FILE_NAME,
      errors: [{ message: 'Unexpected RFC number `12345`, expected exactly four digits (`SPEC NNNN`)', line: 1, column: 8 }],
      output: null,
    },
  ],
});
