import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './rollout-percentages.js';

const docs = readRuleDocCases(new URL('./rollout-percentages.md', import.meta.url), { filePath: RFC_FILE_NAME });
const tableRamp = fixtureCase('valid/0001-api-version-header.md', [
  ['- [x] Gradual rollout: 10% → 50% → 100%\n', '\n| Stage | Traffic |\n|-------|---------|\n| Canary | 5% |\n| Half | 50% |\n| Most | 90% |\n\n'],
]);

tester.run('rfc/rollout-percentages', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'the ramp of the invalid fixture that stops at 50%',
      ...fixtureCase('invalid/rollout-not-ending-100.md'),
      errors: [{ message: 'Rollout percentages end at 50%, expected ascending steps ending at 100%', line: 118, column: 30 }],
    },
    {
      name: 'a ramp written as a table column',
      ...tableRamp,
      errors: [
        {
          message: 'Rollout percentages end at 90%, expected ascending steps ending at 100%',
          line: tableRamp.code.split('\n').indexOf('| Most | 90% |') + 1,
          column: 10,
        },
      ],
    },
  ],
});
