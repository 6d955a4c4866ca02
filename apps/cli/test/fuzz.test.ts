import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script of the repository, without type declarations.
import { FAILURE_CATEGORIES, runFuzz } from '../../../scripts/fuzz/fuzz.mjs';

interface FuzzSummary {
  counts: Record<string, number>;
  examples: Record<string, unknown[]>;
}

describe('pnpm fuzz, a small seeded run', () => {
  it('lints, fixes and renders 500 random, mutated and pathological specs: no crash, invalid position, fail-open skip or unreported time overrun', async () => {
    // Shapes at 2% of the sizes keep the run to seconds; `pnpm fuzz --cases 100000` runs them full size.
    const summary = (await runFuzz({ cases: 500, seed: 17, scale: 0.02, budgetMs: 2000 })) as FuzzSummary;
    const failures = Object.fromEntries((FAILURE_CATEGORIES as string[]).map((category) => [category, summary.counts[category]]));
    const examples = (FAILURE_CATEGORIES as string[]).flatMap((category) => summary.examples[category]);
    expect({ failures, examples }).toEqual({ failures: Object.fromEntries((FAILURE_CATEGORIES as string[]).map((category) => [category, 0])), examples: [] });
  }, 300_000);
});
