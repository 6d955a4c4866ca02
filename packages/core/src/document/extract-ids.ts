import type { IdDefinitionSite, IdOccurrence, MetadataField, SpecDocument } from '../types/document.js';
import type { IdFamilySchema } from '../types/schema.js';
import { positionFromOffsets } from './positions.js';

/**
 * The ID families of one schema compiled into one pattern: each family's `find` (else `pattern`) source in
 * declared order, so where two could match at the same place the earlier family wins. Letters, digits and `_`
 * around an ID disqualify it (a Unicode-aware word boundary), whatever the family's own pattern says.
 */
export interface IdMatcher {
  pattern: RegExp;
  /** The family name of each alternative, by the index of the capture group that wraps it. */
  familyByGroup: Map<number, string>;
}

const matchers = new WeakMap<readonly IdFamilySchema[], IdMatcher | null>();

/**
 * Compile a schema's ID families once (cached by the array: a template's schema is built once per run). A
 * family whose pattern is not a valid `u`-flag RegExp is left out, as other schema patterns are, so a hand-written
 * schema cannot crash a run. Undefined when no family is left.
 */
export function compileIdFamilies(families: readonly IdFamilySchema[]): IdMatcher | undefined {
  let matcher = matchers.get(families);
  if (matcher === undefined) {
    matcher = buildMatcher(families);
    matchers.set(families, matcher);
  }
  return matcher ?? undefined;
}

function buildMatcher(families: readonly IdFamilySchema[]): IdMatcher | null {
  const alternatives: string[] = [];
  const familyByGroup = new Map<number, string>();
  let group = 1;
  for (const family of families) {
    const source = family.find ?? family.pattern;
    const groups = captureGroups(source);
    if (groups === undefined) continue;
    alternatives.push(`(${source})`);
    familyByGroup.set(group, family.name);
    group += groups + 1;
  }
  if (alternatives.length === 0) return null;
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu'), familyByGroup };
}

/** How many capture groups a source has; undefined when it is not a valid `u`-flag RegExp. */
function captureGroups(source: string): number | undefined {
  try {
    return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
  } catch {
    return undefined;
  }
}

export interface IdMatch {
  id: string;
  /** The `name` of the family whose pattern matched. */
  family: string;
  /** Index of the ID in the scanned string. */
  index: number;
}

export function matchIds(value: string, matcher: IdMatcher): IdMatch[] {
  const matches: IdMatch[] = [];
  for (const match of value.matchAll(matcher.pattern)) {
    if (match[0] === '') continue;
    let family: string | undefined;
    for (const [group, name] of matcher.familyByGroup) {
      if (match[group] !== undefined) {
        family = name;
        break;
      }
    }
    if (family !== undefined) matches.push({ id: match[0], family, index: match.index });
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

/** One text node where IDs may stand: its value, source range and innermost section. */
export interface IdText {
  value: string;
  start: number;
  end: number;
  section?: string;
}

/**
 * Where a document's IDs may stand, kept when the document is built: which families to look for is known only
 * once a template is assigned (its schema's `idFamilies`).
 */
export interface IdSources {
  texts: IdText[];
  /** What a definition at `offset` opens, or undefined where an ID there is a reference. */
  definitionAt: (offset: number) => IdDefinitionSite | undefined;
  frontMatterFields: readonly MetadataField[];
}

// Keyed by the document's syntax tree, not the document object: hosts hand renderers and rules copies
// (`{ ...document, path }`), which share the tree, and a copy must find the same IDs.
const sourcesByTree = new WeakMap<SpecDocument['tree'], { sources: IdSources; found: Map<IdMatcher, IdOccurrence[]> }>();

/** Keep where the document's IDs may stand, for `findIds` (called by `buildSpecDocument`). */
export function rememberIdSources(document: SpecDocument, sources: IdSources): void {
  sourcesByTree.set(document.tree, { sources, found: new Map() });
}

/**
 * The occurrences of the given ID families in a document, in document order (front matter first), each named by
 * its family's `name`. Found once per document and family list: the engine sets `document.ids` from the assigned
 * template's `schema.idFamilies`, and a plugin may look for other families of its own the same way.
 */
export function findIds(document: SpecDocument, families: readonly IdFamilySchema[] | undefined): IdOccurrence[] {
  const matcher = families && families.length > 0 ? compileIdFamilies(families) : undefined;
  if (!matcher) return [];
  const entry = sourcesByTree.get(document.tree);
  if (!entry) throw new Error('findIds: expected a document built by parseSpecDocument or buildSpecDocument');
  let ids = entry.found.get(matcher);
  if (!ids) {
    ids = [...idsInFrontMatter(entry.sources.frontMatterFields, document.lineStarts, matcher)];
    for (const text of entry.sources.texts) idsInText(document, text, entry.sources.definitionAt, matcher, ids);
    entry.found.set(matcher, ids);
  }
  return ids;
}

/**
 * IDs in one text node. A node's value usually equals its source; when it does not (escapes, entities, a
 * paragraph continued inside a quote), each ID is found in the node's own source slice, in order.
 */
function idsInText(
  document: SpecDocument,
  input: IdText,
  definitionAt: IdSources['definitionAt'],
  matcher: IdMatcher,
  into: IdOccurrence[],
): void {
  const matches = matchIds(input.value, matcher);
  if (matches.length === 0) return;
  const text = document.text;
  let source: string | undefined;
  let cursor = 0;
  for (const match of matches) {
    let offset = input.start + match.index;
    const direct = offset - input.start >= cursor && offset + match.id.length <= input.end;
    if (!direct || !text.startsWith(match.id, offset)) {
      source ??= text.slice(input.start, input.end);
      const found = source.indexOf(match.id, cursor);
      if (found === -1) continue;
      offset = input.start + found;
    }
    cursor = offset - input.start + match.id.length;
    const site = definitionAt(offset);
    into.push({
      id: match.id,
      family: match.family,
      kind: site ? 'definition' : 'reference',
      ...(site ? { site } : {}),
      position: positionFromOffsets(document.lineStarts, offset, offset + match.id.length),
      ...(input.section === undefined ? {} : { section: input.section }),
    });
  }
}

/** IDs written in YAML front matter values; the first one of a value defines it, as with bold-key metadata. */
function idsInFrontMatter(fields: readonly MetadataField[], lineStarts: readonly number[], matcher: IdMatcher): IdOccurrence[] {
  const ids: IdOccurrence[] = [];
  for (const field of fields) {
    if (field.style !== 'front-matter' || field.raw === '') continue;
    const valueStart = field.valuePosition.start.offset;
    let anchor = 0;
    // Skip quotes, a flow list's `[` and a block list's `- `.
    while (anchor < field.raw.length && /["'[\s-]/.test(field.raw.charAt(anchor))) anchor++;
    for (const match of matchIds(field.raw, matcher)) {
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
