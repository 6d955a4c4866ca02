import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script of the repository, without type declarations.
import { FAILURE_CATEGORIES, runFuzz } from '../../../scripts/fuzz/fuzz.mjs';
// @ts-expect-error -- a plain ES module script of the repository, without type declarations.
import { unsafeHtml } from '../../../scripts/fuzz/run-case.mjs';

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

  it("flags tags that would run code, not a quoted attribute that quotes one (fuzz case 75276 of seed 2026)", () => {
    const check = unsafeHtml as (html: string) => string | undefined;
    expect(check('<p><img src="a.png" alt="see #<img src=x onerror=alert(1)> here">text &lt;b&gt;</p>')).toBeUndefined();
    expect(check('<a href="https://example.com" title=\'onclick=x\'>x</a>')).toBeUndefined();
    expect(check('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    // `/` separates attributes; in an unquoted value it is part of the value (`src=x/onerror=…` has no handler).
    expect(check('<img/onerror=alert(1) src=x>')).toBe('<img/onerror=alert(1) src=x>');
    expect(check('<img src=x/onerror=alert(1)>')).toBeUndefined();
    expect(check('<a href=" java\tscript:alert(1)">x</a>')).toBe('<a href=" java\tscript:alert(1)">');
    expect(check('<SCRIPT>alert(1)</SCRIPT>')).toBe('<SCRIPT>');
  });
});
