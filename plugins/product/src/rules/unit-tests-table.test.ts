import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './unit-tests-table.js';

const lint = (text: string) => lintProduct(text, 'unit-tests-table', rule);
const trace = fixtureText('valid', 'trace-ocpp-message-sampling.md');

describe('product/unit-tests-table', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('unit-tests-table');
    const results = lintDocExamples(examples, lint);
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture and the filled example', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
    const example = readFileSync(path.join(examplesDir, 'product/station-offline-sync.md'), 'utf8');
    expect(messageLines(lint(example))).toEqual([]);
  });

  it('checks the table of a spec that renumbered Testing to 6', () => {
    const text = replaceOnce(trace, '| Full-fidelity buffer | `ingest/src/buffer/tests.rs` |', '| Full-fidelity buffer | N/A |');
    expect(messageLines(lint(text))).toEqual([
      '72:24 Missing "Test File" for "Full-fidelity buffer" in the Unit Tests table, expected a filled cell',
    ]);
  });

  it('reports a table without rows', () => {
    const text = trace.replace(/(\| Component \| Test File \| Key Cases \|\n\|[-|]+\|\n)(?:\|.*\n)+/, '$1');
    expect(messageLines(lint(text))).toEqual([
      '69:1 Missing rows in the Unit Tests table, expected one row per component: Component | Test File | Key Cases',
    ]);
  });

  it("leaves the template's [Component A] to the placeholder rule", () => {
    const text = readFileSync(path.join(examplesDir, 'mistakes/product-grid-load-forecast.md'), 'utf8');
    expect(messageLines(lint(text))).toEqual([]);
  });
});
