import { findIds } from '../document/extract-ids.js';
import type { SpecDocument } from '../types/document.js';
import type { IdFamilySchema, MetadataFieldSchema } from '../types/schema.js';
import { escapeRegExp } from './regex.js';

/** What a template's own item IDs look like: capitals, an optional hyphen, digits (`REQ-001`, `FR1`, `AC-1`). */
const itemIdShape: readonly IdFamilySchema[] = [{ name: 'item', pattern: '\\p{Lu}{2,}-?\\d+', scope: 'document', sequential: true }];

/**
 * The ID families a template Markdown file shows, by shape alone (core knows no family by name): an ID that
 * opens a list item, table row or heading (`- [ ] FR1: …`, `| REQ-001 | … |`) is a family of its own, named by
 * its prefix; a pattern field (`SPEC-[YYYY-MM-DD]-[NUMBER]`) or a numbered title (`SPEC 0001: …`) identifies the
 * document and is unique across the workspace. A plugin states its families as data instead (`schema.idFamilies`).
 */
export function inferIdFamilies(template: SpecDocument, fields: readonly MetadataFieldSchema[]): IdFamilySchema[] {
  const families = new Map<string, IdFamilySchema>();
  for (const occurrence of findIds(template, itemIdShape)) {
    if (occurrence.kind !== 'definition' || occurrence.site === 'title' || occurrence.site === 'metadata') continue;
    // No match leaves `prefix` undefined (skipped below); a match fills every group.
    const [, prefix, separator = '', digits = ''] = /^(\p{Lu}+)(-?)(\d+)$/u.exec(occurrence.id) ?? [];
    const name = prefix?.toLowerCase();
    if (name === undefined || families.has(name)) continue;
    const padded = digits.length > 1 && digits.startsWith('0');
    families.set(name, {
      name,
      pattern: `${prefix}${separator}\\d${padded ? `{${digits.length}}` : '+'}`,
      // Loose, so a malformed one (`REQ-1`, `FR-2`) is found and reported.
      find: `${prefix}-?\\d+`,
      scope: 'document',
      sequential: true,
    });
  }
  for (const field of fields) {
    const prefix = field.type === 'pattern' ? /^\^(\p{Lu}+)-/u.exec(field.pattern ?? '')?.[1] : undefined;
    if (prefix === undefined || families.has(prefix.toLowerCase())) continue;
    const pattern = field.pattern!.replace(/^\^/, '').replace(/\$$/, '');
    families.set(prefix.toLowerCase(), { name: prefix.toLowerCase(), pattern, find: looseDigits(pattern), scope: 'workspace', sequential: false });
  }
  const number = template.title?.parts.number;
  const titlePrefix = template.title?.parts.prefix;
  if (number !== undefined && titlePrefix !== undefined && titlePrefix.endsWith(number)) {
    const word = titlePrefix.slice(0, -number.length);
    const name = /^\p{L}+/u.exec(word)?.[0].toLowerCase();
    if (name !== undefined && !families.has(name)) {
      const source = escapeRegExp(word);
      // `SPEC 0007-…` is a file name, not a number.
      families.set(name, { name, pattern: `${source}\\d{${number.length}}`, find: `${source}\\d+(?!-)`, scope: 'workspace', sequential: false });
    }
  }
  return [...families.values()];
}

/** `\d{4}` -> `\d+`: a malformed ID is found too, and reported. */
function looseDigits(pattern: string): string {
  return pattern.replace(/\\d\{\d+\}/g, '\\d+');
}
