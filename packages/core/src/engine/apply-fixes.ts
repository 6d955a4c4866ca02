import type { Fix } from '../types/index.js';

export interface ApplyFixesResult {
  output: string;
  applied: Fix[];
  skipped: Fix[];
}

/** True when `fix` is a well-formed edit inside `text`. */
export function isValidFix(fix: unknown, text: string): fix is Fix {
  if (typeof fix !== 'object' || fix === null) return false;
  const { range, text: replacement } = fix as Partial<Fix>;
  return (
    Array.isArray(range) &&
    range.length === 2 &&
    Number.isInteger(range[0]) &&
    Number.isInteger(range[1]) &&
    range[0] >= 0 &&
    range[0] <= range[1] &&
    range[1] <= text.length &&
    typeof replacement === 'string'
  );
}

/**
 * Apply text edits in one pass. Fixes are sorted by range; one that overlaps (or touches) an earlier one is
 * skipped, as in ESLint, and is expected to be re-reported on the next lint pass.
 */
export function applyFixes(text: string, fixes: Fix[]): ApplyFixesResult {
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const valid: Fix[] = [];
  for (const fix of fixes) {
    if (isValidFix(fix, text)) valid.push(fix);
    else skipped.push(fix);
  }
  // Array sort is stable, so equal ranges keep report order.
  valid.sort((left, right) => left.range[0] - right.range[0] || left.range[1] - right.range[1]);

  const chunks: string[] = [];
  let cursor = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const fix of valid) {
    const [start, end] = fix.range;
    // `<=`: two edits at the same point would depend on their order, so the later one waits a pass.
    if (start <= lastEnd) {
      skipped.push(fix);
      continue;
    }
    chunks.push(text.slice(cursor, start), fix.text);
    cursor = end;
    lastEnd = end;
    applied.push(fix);
  }
  chunks.push(text.slice(cursor));
  return { output: chunks.join(''), applied, skipped };
}
