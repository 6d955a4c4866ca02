import type { DocumentSchema } from '../../types/schema.js';
import { safeRegExp } from './safe-regexp.js';

export interface PlaceholderMatch {
  /** Offset of the match in the scanned text. */
  index: number;
  text: string;
  /** The schema entry's `sections`, when the placeholder only counts there. */
  sections?: readonly string[];
  /** True for a generic shape (`XXms`, `YYYY-MM-DD`): a quoted or format-describing mention is not a slot. */
  generic?: boolean;
}

interface CompiledPatterns {
  pattern: RegExp;
  sections?: readonly string[];
  generic?: boolean;
}

const compiled = new WeakMap<DocumentSchema, CompiledPatterns[]>();

/**
 * The schema's placeholder patterns as few global RegExps as possible: one alternation per set of flags, so
 * a text is scanned once per flag set rather than once per pattern (templates have dozens of slots). A set
 * that cannot be combined (say, two patterns naming the same group) falls back to one RegExp per pattern.
 */
function placeholderPatterns(schema: DocumentSchema): CompiledPatterns[] {
  let patterns = compiled.get(schema);
  if (patterns) return patterns;
  // Grouped by flags and by where they count, so each match still knows its entry's `sections` and kind.
  const groups = new Map<string, { flags: string; sections?: readonly string[]; generic?: boolean; sources: string[] }>();
  for (const placeholder of schema.placeholders) {
    const flags = [...new Set(`${placeholder.flags ?? ''}g`)].sort().join('');
    const key = JSON.stringify([flags, placeholder.sections ?? null, placeholder.generic ?? false]);
    const group = groups.get(key) ?? { flags, sections: placeholder.sections, generic: placeholder.generic, sources: [] };
    group.sources.push(placeholder.pattern);
    groups.set(key, group);
  }
  patterns = [];
  for (const { flags, sections, generic, sources } of groups.values()) {
    const combined = safeRegExp(sources.map((source) => `(?:${source})`).join('|'), flags);
    if (combined) {
      patterns.push({ pattern: combined, sections, generic });
      continue;
    }
    for (const source of sources) {
      const single = safeRegExp(source, flags);
      if (single) patterns.push({ pattern: single, sections, generic });
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
  const [firstRange] = ranges;
  if (firstRange === undefined) return matches;
  for (const { pattern: shared, sections, generic } of placeholderPatterns(schema)) {
    const pattern = new RegExp(shared);
    pattern.lastIndex = firstRange[0];
    let range = 0;
    let current: readonly [number, number] | undefined = firstRange;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const end = start + match[0].length;
      while (current !== undefined && current[1] <= start) {
        range++;
        current = ranges[range];
      }
      if (current === undefined) break;
      if (match[0] !== '' && start >= current[0] && end <= current[1]) {
        matches.push({ index: start, text: match[0], ...(sections ? { sections } : {}), ...(generic ? { generic } : {}) });
      } else {
        // A match in a gap may hide one that starts inside the next range: go on from there.
        pattern.lastIndex = Math.max(start + 1, current[0]);
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

/**
 * True when `text` holds unfilled template text (`[Your Name]`, `TBD`, `XXms`): value checks skip such values,
 * the core `placeholder` rule reports them (a warning while draft). It matches as that rule does: every pattern
 * of the schema, an invalid one skipped, an empty match never a placeholder. No schema, no placeholders.
 */
export function containsPlaceholder(text: string, schema: DocumentSchema | undefined): boolean {
  return schema !== undefined && findPlaceholders(text, schema).length > 0;
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

/** A quoted span on one line: `"Xh Ym uptime"`, `“XXms”`. */
const quotedSpan = /"[^"\n]*"|“[^”\n]*”/g;
/** A format token beside a generic placeholder: `Ym`, `MM`, `HH`, `%d` (a format description, `Xh Ym`, `HH:MM`). */
const formatTokenAfter = /^[ \t:/-]+(?:([A-Z])\1{0,3}[a-z]{0,2}|%[a-z])(?![\p{L}\p{N}])/u;
const formatTokenBefore = /(?<![\p{L}\p{N}])(?:([A-Z])\1{0,3}[a-z]{0,2}|%[a-z])[ \t:/-]+$/u;

/**
 * True when a generic placeholder shape is a literal mention, not an unfilled slot: inside a quoted string on
 * its line, or part of a format description (`Xh Ym uptime`, `YYYY-MM-DD HH:MM`).
 */
export function isLiteralMention(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd);
  for (const quoted of line.matchAll(quotedSpan)) {
    const quoteStart = lineStart + quoted.index;
    if (start > quoteStart && end < quoteStart + quoted[0].length) return true;
  }
  return formatTokenAfter.test(text.slice(end, lineEnd)) || formatTokenBefore.test(text.slice(lineStart, start));
}
