import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './performance-targets.js';

const docs = readRuleDocCases(new URL('./performance-targets.md', import.meta.url));

tester.run('design-doc/performance-targets', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'a Performance Targets section with prose instead of a table',
      ...fixtureCase('valid/approved-feature-flag-service.md', [
        [
          '| Metric | Target | Measurement |\n|--------|--------|-------------|\n| Evaluation latency | < 1 ms | p99 in-process |\n| Propagation delay | < 10 s | Max |\n',
          'Evaluation under 1 ms; propagation under 10 s.\n',
        ],
      ]),
      errors: [
        { message: 'Missing table in "Performance Targets", expected a table with the columns Metric, Target and Measurement', line: 166, column: 1 },
      ],
    },
    {
      name: 'an empty target cell in a real document',
      ...fixtureCase('valid/implemented-charger-map-tiles.md', [['| First map render on 4G | < 1.5 s | p75 |', '| First map render on 4G |  | p75 |']]),
      errors: [
        { message: 'Missing Target for performance target `First map render on 4G`, expected a value in every column', line: 170, column: 26 },
      ],
    },
  ],
});
