import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readRuleDocCases } from '@specloom/testing';
import { examplesDir, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './spike-id.js';

const docs = readRuleDocCases(new URL('./spike-id.md', import.meta.url));
const station = fixtureText('valid', 'station-shift-handover.md');
const grid = fixtureText('valid', 'grid-dynamic-load-balancing.md');
const [wrongInitials, backwards] = docs.invalid;
if (!backwards) throw new Error('spike-id.md: expected two invalid examples');
const swapped = replaceOnce(replaceOnce(grid, '| **G-002** |', '| **G-00X** |'), '| **G-003** |', '| **G-002** |').replace('| **G-00X** |', '| **G-003** |');
const trace = replaceOnce(grid, '> **Product**: Grid', '> **Product**: Trace');
const mistakes = readFileSync(path.join(examplesDir, 'mistakes/product-grid-load-forecast.md'), 'utf8');
const spikeList = station.replace(
  /\| Spike \|[\s\S]*?\n\n/,
  '- **S-001**: Pre-fill quality (2d). Deliverable: report.\n- **G-002**: Gloved signatures (4h). Deliverable: video.\n\n',
);

tester.run('product/spike-id', rule, {
  valid: [
    ...docs.valid,
    { name: 'an exact duplicate is left to id-duplicate', code: fixtureText('invalid', 'spike-duplicate-id.md') },
    { name: 'a last ID that repeats an earlier one is left to id-duplicate', code: replaceOnce(grid, '| **G-004** |', '| **G-001** |') },
  ],
  invalid: [
    { ...wrongInitials, output: wrongInitials.code.replace('| **G-002** |', '| **S-002** |').replace('| **S-3** |', '| **S-003** |') },
    backwards,
    {
      name: "a spike whose initial is not the Product's is fixed",
      code: fixtureText('invalid', 'spike-wrong-initial.md'),
      errors: [{ message: 'Spike G-002 does not match product Station: expected S-002', line: 49, column: 5 }],
      output: station,
    },
    {
      name: 'the wrong initial in the Grid example with mistakes',
      code: mistakes,
      errors: [{ message: 'Spike S-002 does not match product Grid: expected G-002', line: 48, column: 5 }],
      output: replaceOnce(mistakes, '**S-002**', '**G-002**'),
    },
    {
      name: 'initials are not fixed when every spike disagrees with the Product (the Product may be wrong)',
      code: trace,
      errors: [51, 52, 53, 54].map((line, index) => ({
        message: `Spike G-00${index + 1} does not match product Trace: expected T-00${index + 1}`,
        line,
        column: 5,
      })),
      output: null,
    },
    {
      name: 'IDs that go backwards',
      code: swapped,
      errors: [{ message: 'Unexpected spike ID G-002 after G-003, expected unique ascending IDs (G-004)', line: 53, column: 5 }],
    },
    {
      name: 'padding and letter case are fixed',
      code: replaceOnce(station, '| **S-003** |', '| **s-3** |'),
      errors: [{ message: 'Unexpected spike ID "s-3", expected S-003 (`<Product initial>-NNN`)', line: 50, column: 5 }],
      output: station,
    },
    {
      name: 'spikes written as a list',
      code: spikeList,
      errors: [{ message: 'Spike G-002 does not match product Station: expected S-002', line: 47, column: 5 }],
      output: replaceOnce(spikeList, '**G-002**', '**S-002**'),
    },
    {
      name: 'an empty ID cell, with the ID that belongs there',
      code: replaceOnce(station, '| **S-002** |', '| |'),
      errors: [{ message: 'Missing spike ID, expected S-002', line: 49, column: 1 }],
    },
  ],
});
