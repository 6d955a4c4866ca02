import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './spike-effort.js';

const docs = readRuleDocCases(new URL('./spike-effort.md', import.meta.url));
const grid = fixtureText('valid', 'grid-dynamic-load-balancing.md');
const withEffort = (value: string) => replaceOnce(grid, '| 3d |', `| ${value} |`);
const noSpikes = grid.replace(
  /(\|-------\|-------------\|--------\|-------------\|\n)(?:\|.*\n)+/,
  '$1| — | No spike needed: the optimiser is already in production at Depot 4 | — | — |\n',
);
if (!noSpikes.includes('No spike needed')) throw new Error('the spike table of grid-dynamic-load-balancing.md changed');

tester.run('product/spike-effort', rule, {
  valid: [
    ...docs.valid,
    ...['3 days', '1 week', '0.5d', '~3d', '2–3d', '2 to 3 days', '4h-1d', 'up to 3d', '3d (timeboxed)', '1 sprint'].map((value) => ({
      name: `a duration or range as people write it: ${value}`,
      code: withEffort(value),
    })),
    ...['Xd', 'TBD'].map((value) => ({ name: `template text is left to the placeholder rule: ${value}`, code: withEffort(value) })),
    { name: 'a "no spikes" note row means no spikes', code: noSpikes },
  ],
  invalid: [
    ...docs.invalid,
    ...['L', '3', 'three days', 'small'].map((value) => ({
      name: `a size, bare number or word: ${value}`,
      code: withEffort(value),
      errors: [
        { message: `Unexpected effort "${value}" for spike G-002, expected a duration or range such as "4h", "4-8h", "2d" or "1w"`, line: 52, column: 105 },
      ],
    })),
  ],
});
