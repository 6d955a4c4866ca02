import type { IdDefinitionSite, IdFamily, IdOccurrence, MetadataField } from '../types/document.js';
import { positionFromOffsets } from './positions.js';

/**
 * Every ID family in one pattern, longest alternatives first. The patterns are loose on purpose
 * (`SPEC-2025-1-5-1`, `SPEC 12`) so rules can flag malformed IDs; letters, digits and `_` around an ID
 * disqualify it (a Unicode-aware word boundary).
 */
const idPattern =
  /(?<![\p{L}\p{N}_])(?:(SPEC-\d+-\d+-\d+-\d+)|(SPEC \d+)(?!-)|(REQ-\d+)|(AC-\d+)|(TEST-\d+)|(NFR-?\d+)|(FR-?\d+)|([A-Z]-\d{3}))(?![\p{L}\p{N}_])/gu;
const familyByGroup: IdFamily[] = ['spec', 'rfc', 'req', 'ac', 'test', 'nfr', 'fr', 'spike'];

export interface IdMatch {
  id: string;
  family: IdFamily;
  /** Index of the ID in the scanned string. */
  index: number;
}

export function matchIds(value: string): IdMatch[] {
  const matches: IdMatch[] = [];
  for (const match of value.matchAll(idPattern)) {
    const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
    matches.push({ id: match[0], family: familyByGroup[group - 1], index: match.index });
  }
  return matches;
}

/**
 * Where an ID must start to count as a definition of the block that starts at `start`: after any `**`, `_`,
 * `[`, `]` and white space (and a task checkbox when `allowCheckbox`), so `- [ ] **[REQ-001]** …` defines REQ-001.
 */
export function definitionAnchor(text: string, start: number, end: number, allowCheckbox: boolean): number {
  let index = start;
  if (allowCheckbox && /^\[[ xX]\][ \t]/.test(text.slice(index, index + 4))) index += 4;
  while (index < end && isMarkup(text.charCodeAt(index))) index++;
  return index;
}

/** `*`, `_`, `[`, `]`, space, tab. */
function isMarkup(code: number): boolean {
  return code === 42 || code === 95 || code === 91 || code === 93 || code === 32 || code === 9;
}

export interface TextIdsInput {
  text: string;
  lineStarts: readonly number[];
  /** The text node's value and source range. */
  value: string;
  start: number;
  end: number;
  section?: string;
  /** What a definition at `offset` opens, or undefined where an ID there is a reference. */
  definitionAt: (offset: number) => IdDefinitionSite | undefined;
}

/**
 * IDs in one text node. A node's value usually equals its source; when it does not (escapes, entities, a
 * paragraph continued inside a quote), each ID is found in the node's own source slice, in order.
 */
export function idsInTextNode(input: TextIdsInput, into: IdOccurrence[]): void {
  const matches = matchIds(input.value);
  if (matches.length === 0) return;
  let source: string | undefined;
  let cursor = 0;
  for (const match of matches) {
    let offset = input.start + match.index;
    const direct = offset - input.start >= cursor && offset + match.id.length <= input.end;
    if (!direct || !input.text.startsWith(match.id, offset)) {
      source ??= input.text.slice(input.start, input.end);
      const found = source.indexOf(match.id, cursor);
      if (found === -1) continue;
      offset = input.start + found;
    }
    cursor = offset - input.start + match.id.length;
    const site = input.definitionAt(offset);
    into.push({
      id: match.id,
      family: match.family,
      kind: site ? 'definition' : 'reference',
      ...(site ? { site } : {}),
      position: positionFromOffsets(input.lineStarts, offset, offset + match.id.length),
      ...(input.section === undefined ? {} : { section: input.section }),
    });
  }
}

/** IDs written in YAML front matter values; the first one of a value defines it, as with bold-key metadata. */
export function idsInFrontMatter(fields: readonly MetadataField[], lineStarts: readonly number[]): IdOccurrence[] {
  const ids: IdOccurrence[] = [];
  for (const field of fields) {
    if (field.style !== 'front-matter' || field.raw === '') continue;
    const valueStart = field.valuePosition.start.offset;
    let anchor = 0;
    // Skip quotes, a flow list's `[` and a block list's `- `.
    while (anchor < field.raw.length && /["'[\s-]/.test(field.raw[anchor])) anchor++;
    for (const match of matchIds(field.raw)) {
      const offset = valueStart + match.index;
      const defines = match.index === anchor;
      ids.push({
        id: match.id,
        family: match.family,
        kind: defines ? 'definition' : 'reference',
        ...(defines ? { site: 'metadata' as const } : {}),
        position: positionFromOffsets(lineStarts, offset, offset + match.id.length),
      });
    }
  }
  return ids;
}
