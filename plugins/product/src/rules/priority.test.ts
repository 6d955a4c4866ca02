import { describe, expect, it } from 'vitest';
import { fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './priority.js';

const lint = (text: string, options: Parameters<typeof lintProduct>[3] = {}) => lintProduct(text, 'priority', rule, options);
const trace = fixtureText('valid', 'trace-crash-symbolication.md');
const withPriority = (value: string) => replaceOnce(trace, '> **Priority**: P2 Medium', `> **Priority**: ${value}`);

describe('product/priority', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('priority');
    const results = lintDocExamples(examples, (text) => lint(text));
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
  });

  it('reports a level and label that disagree, naming both readings, without a fix', () => {
    const result = lint(fixtureText('invalid', 'priority-label-mismatch.md'));
    expect(messageLines(result)).toEqual([
      '7:17 Unexpected priority "P2 High", expected "P2 Medium" or "P1 High" (level and label must agree)',
    ]);
    expect(result.messages[0].fix).toBeUndefined();
  });

  it('fixes letter case and a label without its level', () => {
    expect(lint(withPriority('p2 medium'), { fix: true }).output).toBe(trace);
    expect(messageLines(lint(withPriority('Medium')))).toEqual(['7:17 Unexpected priority "Medium", expected "P2 Medium"']);
    expect(lint(withPriority('Medium'), { fix: true }).output).toBe(trace);
  });

  it('accepts a bare level and punctuation variants', () => {
    for (const value of ['P2', 'P2 - Medium', 'P2 (Medium)', 'P2: Medium', 'P2 – Medium']) {
      expect(messageLines(lint(withPriority(value))), value).toEqual([]);
    }
  });

  it('warns about a bare level with a fix when bareLevel is "report"', () => {
    const options = { bareLevel: 'report' };
    const result = lint(withPriority('P2'), { options });
    expect(messageLines(result)).toEqual(['7:17 Unexpected bare priority level "P2", expected "P2 Medium"']);
    expect(result.messages[0].severity).toBe(1);
    expect(lint(withPriority('P2'), { fix: true, options }).output).toBe(trace);
  });

  it('lists the four priorities for anything else', () => {
    for (const value of ['P4', 'Urgent', 'High priority']) {
      expect(messageLines(lint(withPriority(value)))).toEqual([
        `7:17 Unexpected priority "${value}", expected one of "P0 Critical", "P1 High", "P2 Medium" or "P3 Low"`,
      ]);
    }
  });

  it("leaves the template's pick-list and empty values to the core rules", () => {
    expect(messageLines(lint(withPriority('P0 Critical | P1 High | P2 Medium | P3 Low')))).toEqual([]);
    expect(messageLines(lint(withPriority('')))).toEqual([]);
  });
});
