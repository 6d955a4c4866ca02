import type { Fix } from '../types/index.js';
import { isValidFix } from './apply-fixes.js';
import { defined } from '../defined.js';

/**
 * Turn a report's `fix` (one fix or several) into one fix, as ESLint does: several edits become a single edit
 * spanning all of them, with the text between them kept. Malformed or overlapping edits give no fix.
 */
export function mergeFixes(fix: Fix | Fix[] | undefined, text: string): Fix | undefined {
  if (fix === undefined || fix === null) return undefined;
  if (!Array.isArray(fix)) return isValidFix(fix, text) ? { range: [fix.range[0], fix.range[1]], text: fix.text } : undefined;
  if (fix.length === 0) return undefined;
  if (!fix.every((part) => isValidFix(part, text))) return undefined;
  if (fix.length === 1) return mergeFixes(fix[0], text);

  const sorted = [...fix].sort((left, right) => left.range[0] - right.range[0] || left.range[1] - right.range[1]);
  const start = defined(sorted[0], 'two or more fixes to merge').range[0];
  let cursor = start;
  let replacement = '';
  for (const part of sorted) {
    if (part.range[0] < cursor) return undefined;
    replacement += text.slice(cursor, part.range[0]) + part.text;
    cursor = part.range[1];
  }
  return { range: [start, cursor], text: replacement };
}
