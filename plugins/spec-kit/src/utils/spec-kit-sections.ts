import { normalizeName, type SectionSchema, type SpecDocument } from '@specloom/core';

/**
 * spec-kit marks its headings `*(mandatory)*` and `*(include if feature involves data)*`; core strips only
 * `(optional)` and `(if applicable)`, so a title is also accepted with the spec-kit marker still on it.
 */
export function sectionSchema(title: string, options: { level: number; required: boolean; markers?: string[]; aliases?: string[]; children?: SectionSchema[] }): SectionSchema {
  const names = [title, ...(options.aliases ?? [])];
  const aliases = [...(options.aliases ?? []), ...names.flatMap((name) => (options.markers ?? []).map((marker) => `${name} (${marker})`))];
  return {
    title,
    level: options.level,
    required: options.required,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(options.children && options.children.length > 0 ? { children: options.children, allowEmpty: true } : { children: [] }),
  };
}

/** A section title without spec-kit's `(mandatory)` / `(include if …)` / `(optional)` marker, normalised. */
export function plainSectionName(title: string): string {
  return normalizeName(title.replace(/\s*\((?:mandatory|optional|include if[^)]*|if applicable)\)\s*$/i, ''));
}

/** True when the document has a section (any level) whose title, without its spec-kit marker, is one of `titles`. */
export function hasSection(document: SpecDocument, titles: readonly string[]): boolean {
  const wanted = new Set(titles.map(normalizeName));
  return document.allSections.some((section) => wanted.has(plainSectionName(section.title)));
}
