import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './priority.js';

const docs = readRuleDocCases(new URL('./priority.md', import.meta.url));
const trace = fixtureText('valid', 'trace-crash-symbolication.md');
const withPriority = (value: string) => replaceOnce(trace, '> **Priority**: P2 Medium', `> **Priority**: ${value}`);
const [disagreeing, lowerCase] = docs.invalid;
if (!lowerCase) throw new Error('priority.md: expected two invalid examples');

tester.run('product/priority', rule, {
  valid: [
    ...docs.valid,
    ...['P2', 'P2 - Medium', 'P2 (Medium)', 'P2: Medium', 'P2 – Medium'].map((value) => ({ name: `a bare level or punctuation variant: ${value}`, code: withPriority(value) })),
    { name: "the template's pick-list is left to the placeholder rule", code: withPriority('P0 Critical | P1 High | P2 Medium | P3 Low') },
    { name: 'an empty value is left to the core rules', code: withPriority('') },
  ],
  invalid: [
    disagreeing,
    { ...lowerCase, output: lowerCase.code.replace('**Priority**: low', '**Priority**: P3 Low') },
    {
      name: 'a level and label that disagree name both readings, without a fix',
      code: fixtureText('invalid', 'priority-label-mismatch.md'),
      errors: [{ message: 'Unexpected priority "P2 High", expected "P2 Medium" or "P1 High" (level and label must agree)', line: 7, column: 17 }],
      output: null,
    },
    {
      name: 'letter case is fixed',
      code: withPriority('p2 medium'),
      errors: [{ message: 'Unexpected priority "p2 medium", expected "P2 Medium"', line: 7, column: 17 }],
      output: trace,
    },
    {
      name: 'a label without its level is fixed',
      code: withPriority('Medium'),
      errors: [{ message: 'Unexpected priority "Medium", expected "P2 Medium"', line: 7, column: 17 }],
      output: trace,
    },
    {
      name: 'a bare level warns, with a fix, when bareLevel is "report"',
      code: withPriority('P2'),
      options: { bareLevel: 'report' },
      errors: [{ message: 'Unexpected bare priority level "P2", expected "P2 Medium"', line: 7, column: 17, severity: 1 }],
      output: trace,
    },
    ...['P4', 'Urgent', 'High priority'].map((value) => ({
      name: `anything else lists the four priorities: ${value}`,
      code: withPriority(value),
      errors: [{ message: `Unexpected priority "${value}", expected one of "P0 Critical", "P1 High", "P2 Medium" or "P3 Low"`, line: 7, column: 17 }],
    })),
  ],
});
