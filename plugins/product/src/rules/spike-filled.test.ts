import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './spike-filled.js';

const docs = readRuleDocCases(new URL('./spike-filled.md', import.meta.url));
const trace = fixtureText('valid', 'trace-ocpp-message-sampling.md');
const withDeliverable = (value: string) => replaceOnce(trace, '| Benchmark and flame graph on the current ingest hardware |', `| ${value} |`);

tester.run('product/spike-filled', rule, {
  valid: [...docs.valid, { name: "the template's example row is left to the placeholder rule", code: withDeliverable('[Working PoC / benchmark / report]') }],
  invalid: [
    ...docs.invalid,
    {
      name: 'a deliverable left as N/A in a filled Trace spec',
      code: withDeliverable('N/A'),
      errors: [{ message: 'Missing deliverable for spike T-002, expected a concrete output (a working PoC, a benchmark, a report)', line: 36, column: 92 }],
    },
  ],
});
