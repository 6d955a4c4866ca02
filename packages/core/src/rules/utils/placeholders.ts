import type { DocumentSchema } from '../../types/schema.js';
import { safeRegExp } from './safe-regexp.js';

export interface PlaceholderMatch {
  /** Offset of the match in the scanned text. */
  index: number;
  text: string;
}

const compiled = new WeakMap<DocumentSchema, RegExp[]>();

/**
 * The schema's placeholder patterns as few global RegExps as possible: one alternation per set of flags, so
 * a text is scanned once per flag set rather than once per pattern (templates have dozens of slots). A set
 * that cannot be combined (say, two patterns naming the same group) falls back to one RegExp per pattern.
 */
function placeholderPatterns(schema: DocumentSchema): RegExp[] {
  let patterns = compiled.get(schema);
  if (patterns) return patterns;
  const byFlags = new Map<string, string[]>();
  for (const placeholder of schema.placeholders) {
    const flags = [...new Set(`${placeholder.flags ?? ''}g`)].sort().join('');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), placeholder.pattern]);
  }
  patterns = [];
  for (const [flags, sources] of byFlags) {
    const combined = safeRegExp(sources.map((source) => `(?:${source})`).join('|'), flags);
    if (combined) {
      patterns.push(combined);
      continue;
    }
    for (const source of sources) {
      const single = safeRegExp(source, flags);
      if (single) patterns.push(single);
    }
  }
  compiled.set(schema, patterns);
  return patterns;
}

/** Every match of the schema's placeholder patterns in `text`, by position; overlapping matches are kept once. */
export function findPlaceholders(text: string, schema: DocumentSchema): PlaceholderMatch[] {
  return findPlaceholdersIn(text, [[0, text.length]], schema);
}

/**
 * Every match lying wholly inside one of `ranges` (sorted, not overlapping) of `text`, by position. The text
 * is scanned once as a whole, which is many times faster than scanning each range as a string of its own; a
 * match outside the ranges is dropped and the scan goes on from its second character, so it hides nothing.
 */
export function findPlaceholdersIn(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  schema: DocumentSchema,
): PlaceholderMatch[] {
  const matches: PlaceholderMatch[] = [];
  if (ranges.length === 0) return matches;
  for (const shared of placeholderPatterns(schema)) {
    const pattern = new RegExp(shared);
    pattern.lastIndex = ranges[0][0];
    let range = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const end = start + match[0].length;
      while (range < ranges.length && ranges[range][1] <= start) range++;
      if (range === ranges.length) break;
      if (match[0] !== '' && start >= ranges[range][0] && end <= ranges[range][1]) {
        matches.push({ index: start, text: match[0] });
      } else {
        // A match in a gap may hide one that starts inside the next range: go on from there.
        pattern.lastIndex = Math.max(start + 1, ranges[range][0]);
      }
    }
  }
  if (matches.length < 2) return matches;
  matches.sort((left, right) => left.index - right.index || right.text.length - left.text.length);
  const kept: PlaceholderMatch[] = [];
  let end = -1;
  for (const match of matches) {
    if (match.index < end) continue;
    kept.push(match);
    end = match.index + match.text.length;
  }
  return kept;
}

/** True when `text` holds unfilled template text; value checks skip such values, the placeholder rule reports them. */
export function containsPlaceholder(text: string, schema: DocumentSchema): boolean {
  return findPlaceholders(text, schema).length > 0;
}

/**
 * True when a value still holds the template's list of alternatives instead of one of them:
 * `Draft | Approved | In Progress`, `Low/Medium/High` (two or more parts, each an allowed value).
 */
export function isPickList(value: string, values: readonly string[], caseSensitive = false): boolean {
  const parts = value.split(/\s*[|/]\s*/).filter(Boolean);
  if (parts.length < 2) return false;
  const compare = (text: string) => (caseSensitive ? text.trim() : text.trim().toLowerCase());
  const allowed = new Set(values.map(compare));
  return parts.every((part) => allowed.has(compare(part)));
}

/** True for text shaped like a list of alternatives (`High/Medium/Low`, `A | B`), not a bracketed slot. */
export function looksLikeAlternatives(text: string): boolean {
  return !text.startsWith('[') && /^[^/|]+(?:[/|][^/|]+)+$/.test(text.trim());
}
