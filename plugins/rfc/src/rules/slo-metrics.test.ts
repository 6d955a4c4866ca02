import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './slo-metrics.js';

const docs = readRuleDocCases(new URL('./slo-metrics.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/slo-metrics', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'an `XX` placeholder is left to the placeholder rule',
      ...fixtureCase('valid/0008-session-events-v2.md', [['- **Error Rate**: < 0.2%', '- **Error Rate**: < X%']]),
    },
    {
      name: 'the metrics of a draft are not judged',
      ...fixtureCase('valid/0003-charger-command-queue.md', [['- **Throughput**: 300 req/sec', '- **Throughput**: to be measured']]),
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'a metric that is not a number in an approved RFC',
      ...fixtureCase('valid/0008-session-events-v2.md', [['- **Error Rate**: < 0.2%', '- **Error Rate**: low']]),
      errors: [{ message: 'Unexpected error rate target `low`, expected a number such as `< 0.5%`', line: 146, column: 1 }],
    },
  ],
});
