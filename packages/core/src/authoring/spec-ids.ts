import { compileIdFamilies, type IdMatcher } from '../document/extract-ids.js';
import type { TemplateDefinition } from '../types/plugin.js';
import type { IdFamilySchema } from '../types/schema.js';

/** IDs already taken, for a template's `nextId`: whatever names a document, wherever it appears. */
export interface UsedIds {
  /**
   * Every document ID of the config's templates (a match of a `workspace`-scope ID family's `pattern`:
   * `SPEC 0007`, `SPEC-2025-01-31-002`, an org's `ADR-0012`) in the Markdown texts and file names on disk and on
   * every git branch, and each `settings.reservedIds` entry as written (numbers as decimal text).
   */
  ids: Set<string>;
  /** Base names of those Markdown files, for templates that number their files (`0007-billing-webhooks.md`). */
  fileNames: Set<string>;
}

/** Finds the config's document IDs in texts and file names and records them in `used`. */
export interface UsedIdCollector {
  used: UsedIds;
  /** The templates' document-ID families (well-formed `pattern` only), deduplicated by pattern. */
  families: readonly IdFamilySchema[];
  /**
   * Text every document ID starts with (`SPEC`, `ADR-`), for a fast pre-filter such as `git grep -F`; undefined
   * when some family's pattern starts with no literal text, so every line must be read.
   */
  literals: string[] | undefined;
  /** Record the document IDs in `text` (a file's content, or `git grep` output). */
  addText(text: string): void;
  /** Record a Markdown file's base name and the IDs it carries (`SPEC-2026-03-02-001-bulk-export.md`). */
  addFileName(filePath: string): void;
  /** `settings.reservedIds`: numbers, digit strings and document IDs are recorded; anything else is returned. */
  addReserved(reserved: unknown): unknown[];
}

/** The families whose IDs name a document: `workspace` scope, each pattern once. */
export function documentIdFamilies(templates: readonly TemplateDefinition[]): IdFamilySchema[] {
  const byPattern = new Map<string, IdFamilySchema>();
  for (const template of templates) {
    for (const family of template.schema.idFamilies ?? []) {
      // Well-formed IDs only: a loose `find` match (`SPEC 12`) is a typo, not a number in use.
      if (family.scope === 'workspace' && !byPattern.has(family.pattern)) byPattern.set(family.pattern, { ...family, find: undefined });
    }
  }
  return [...byPattern.values()];
}

/** Whether `value` is one well-formed document ID of `families` (`SPEC 0042`, `SPEC-2025-01-31-003`). */
export function isDocumentId(value: string, families: readonly IdFamilySchema[]): boolean {
  return families.some((family) => {
    try {
      return new RegExp(`^(?:${family.pattern})$`, 'u').test(value.trim());
    } catch {
      return false;
    }
  });
}

export function createUsedIdCollector(templates: readonly TemplateDefinition[]): UsedIdCollector {
  const used: UsedIds = { ids: new Set(), fileNames: new Set() };
  const families = documentIdFamilies(templates);
  const matcher: IdMatcher | undefined = compileIdFamilies(families);
  const prefixes = families.map((family) => literalPrefix(family.pattern));
  const literals = prefixes.some((prefix) => prefix === '') ? undefined : [...new Set(prefixes)];

  function addText(text: string): void {
    if (matcher === undefined) return;
    for (const match of text.matchAll(matcher.pattern)) used.ids.add(match[0]);
  }

  return {
    used,
    families,
    literals,
    addText,
    addFileName(filePath) {
      const name = filePath.split(/[/\\]/u).pop() ?? filePath;
      used.fileNames.add(name);
      addText(name);
    },
    addReserved(reserved) {
      const invalid: unknown[] = [];
      if (reserved === undefined) return invalid;
      for (const entry of Array.isArray(reserved) ? reserved : [reserved]) {
        if (typeof entry === 'number' && Number.isInteger(entry) && entry >= 0) used.ids.add(String(entry));
        else if (typeof entry === 'string' && (/^\d+$/u.test(entry.trim()) || isDocumentId(entry, families))) used.ids.add(entry.trim());
        else invalid.push(entry);
      }
      return invalid;
    },
  };
}

/**
 * The literal text a RegExp source starts with (`SPEC \d{4}` -> `SPEC `, `ADR\-\d+` -> `ADR-`): up to the first
 * special character; an escaped punctuation character is literal. Stops before a quantified character, which may
 * be absent.
 */
function literalPrefix(source: string): string {
  let prefix = '';
  for (let index = 0; index < source.length; index++) {
    let character = source.charAt(index);
    let next = index + 1;
    if (character === '\\') {
      const escaped = source.charAt(index + 1);
      if (!/^[^\p{L}\p{N}]$/u.test(escaped)) break;
      character = escaped;
      next = index + 2;
    } else if ('^$.|?*+()[]{}'.includes(character)) {
      break;
    }
    if (next < source.length && '?*{'.includes(source.charAt(next))) break;
    prefix += character;
    index = next - 1;
  }
  return prefix;
}
