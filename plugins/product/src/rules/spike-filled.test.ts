import { describe, expect, it } from 'vitest';
import { fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './spike-filled.js';

const lint = (text: string) => lintProduct(text, 'spike-filled', rule);
const trace = fixtureText('valid', 'trace-ocpp-message-sampling.md');

describe('product/spike-filled', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('spike-filled');
    const results = lintDocExamples(examples, lint);
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
  });

  it('reports a deliverable left as N/A in a filled Trace spec', () => {
    const text = replaceOnce(trace, '| Benchmark and flame graph on the current ingest hardware |', '| N/A |');
    expect(messageLines(lint(text))).toEqual([
      '36:92 Missing deliverable for spike T-002, expected a concrete output (a working PoC, a benchmark, a report)',
    ]);
  });

  it("leaves the template's example row to the placeholder rule", () => {
    const text = replaceOnce(trace, '| Benchmark and flame graph on the current ingest hardware |', '| [Working PoC / benchmark / report] |');
    expect(messageLines(lint(text))).toEqual([]);
  });
});
