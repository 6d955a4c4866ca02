import { describe, expect, it } from 'vitest';
import { examplesDir, fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import rule from './spike-id.js';

const lint = (text: string, fix = false) => lintProduct(text, 'spike-id', rule, { fix });
const station = fixtureText('valid', 'station-shift-handover.md');
const grid = fixtureText('valid', 'grid-dynamic-load-balancing.md');

describe('product/spike-id', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('spike-id');
    const results = lintDocExamples(examples, (text) => lint(text));
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it("accepts every valid fixture and the filled example, naming notes included", () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
    const example = readFileSync(path.join(examplesDir, 'product/station-offline-sync.md'), 'utf8');
    expect(messageLines(lint(example))).toEqual([]);
  });

  it('reports a spike whose initial is not the Product\'s, and fixes it', () => {
    const text = fixtureText('invalid', 'spike-wrong-initial.md');
    expect(messageLines(lint(text))).toEqual(['49:5 Spike G-002 does not match product Station: expected S-002']);
    expect(lint(text, true).output).toBe(station);
  });

  it('reports the wrong initial in the Grid example with mistakes', () => {
    const text = readFileSync(path.join(examplesDir, 'mistakes/product-grid-load-forecast.md'), 'utf8');
    expect(messageLines(lint(text))).toEqual(['48:5 Spike S-002 does not match product Grid: expected G-002']);
  });

  it('does not fix the initials when every spike disagrees with the Product (the Product may be wrong)', () => {
    const text = replaceOnce(grid, '> **Product**: Grid', '> **Product**: Trace');
    const result = lint(text);
    expect(messageLines(result)).toEqual([
      '51:5 Spike G-001 does not match product Trace: expected T-001',
      '52:5 Spike G-002 does not match product Trace: expected T-002',
      '53:5 Spike G-003 does not match product Trace: expected T-003',
      '54:5 Spike G-004 does not match product Trace: expected T-004',
    ]);
    expect(result.messages.every((message) => message.fix === undefined)).toBe(true);
  });

  it('leaves an exact duplicate to id-duplicate and reports IDs that go backwards', () => {
    expect(messageLines(lint(fixtureText('invalid', 'spike-duplicate-id.md')))).toEqual([]);
    const backwards = replaceOnce(grid, '| **G-004** |', '| **G-001** |');
    expect(messageLines(lint(backwards))).toEqual([]);
    const swapped = replaceOnce(replaceOnce(grid, '| **G-002** |', '| **G-00X** |'), '| **G-003** |', '| **G-002** |');
    expect(messageLines(lint(swapped.replace('| **G-00X** |', '| **G-003** |')))).toEqual([
      '53:5 Unexpected spike ID G-002 after G-003, expected unique ascending IDs (G-004)',
    ]);
  });

  it('fixes padding and letter case', () => {
    const text = replaceOnce(station, '| **S-003** |', '| **s-3** |');
    expect(messageLines(lint(text))).toEqual(['50:5 Unexpected spike ID "s-3", expected S-003 (`<Product initial>-NNN`)']);
    expect(lint(text, true).output).toBe(station);
  });

  it('checks spikes written as a list', () => {
    const text = station.replace(
      /\| Spike \|[\s\S]*?\n\n/,
      '- **S-001**: Pre-fill quality (2d). Deliverable: report.\n- **G-002**: Gloved signatures (4h). Deliverable: video.\n\n',
    );
    expect(messageLines(lint(text))).toEqual(['47:5 Spike G-002 does not match product Station: expected S-002']);
  });

  it('reports an empty ID cell with the ID that belongs there', () => {
    const text = replaceOnce(station, '| **S-002** |', '| |');
    expect(messageLines(lint(text))).toEqual(['49:1 Missing spike ID, expected S-002']);
  });
});
