import { describe, expect, it } from 'vitest';
import { fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './spike-effort.js';

const lint = (text: string) => lintProduct(text, 'spike-effort', rule);
const grid = fixtureText('valid', 'grid-dynamic-load-balancing.md');
const withEffort = (value: string) => replaceOnce(grid, '| 3d |', `| ${value} |`);

describe('product/spike-effort', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('spike-effort');
    const results = lintDocExamples(examples, lint);
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
  });

  it('accepts durations and ranges as people write them', () => {
    for (const value of ['3 days', '1 week', '0.5d', '~3d', '2–3d', '2 to 3 days', '4h-1d', 'up to 3d', '3d (timeboxed)', '1 sprint']) {
      expect(messageLines(lint(withEffort(value))), value).toEqual([]);
    }
  });

  it('reports sizes, bare numbers and words', () => {
    for (const value of ['L', '3', 'three days', 'small']) {
      expect(messageLines(lint(withEffort(value)))).toEqual([
        `52:105 Unexpected effort "${value}" for spike G-002, expected a duration or range such as "4h", "4-8h", "2d" or "1w"`,
      ]);
    }
  });

  it('leaves template text (Xd, TBD) to the placeholder rule', () => {
    expect(messageLines(lint(withEffort('Xd')))).toEqual([]);
    expect(messageLines(lint(withEffort('TBD')))).toEqual([]);
  });

  it('reads a "no spikes" note row as no spikes', () => {
    const text = grid.replace(/(\|-------\|-------------\|--------\|-------------\|\n)(?:\|.*\n)+/, '$1| — | No spike needed: the optimiser is already in production at Depot 4 | — | — |\n');
    expect(text).toContain('No spike needed');
    expect(messageLines(lint(text))).toEqual([]);
  });
});
