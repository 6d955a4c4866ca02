import type { SpecDocument } from '../types/document.js';
import type { DocumentSchema } from '../types/schema.js';
import { sectionNames } from '../rules/utils/section-matches.js';
import { normalizeName } from '../rules/utils/normalize.js';

export interface SectionEvidence {
  /** The schema's top-level required sections the document has (by title or alias, at any heading level). */
  found: string[];
  /** How many top-level required sections the schema has. */
  total: number;
  /** `found.length / total` (0 for a schema without required sections). */
  share: number;
}

/**
 * How much of a template's own skeleton a document carries: evidence for `detect` that is specific to the
 * template, unlike a title shape or front matter keys that many formats share.
 */
export function sectionEvidence(document: SpecDocument, schema: DocumentSchema): SectionEvidence {
  const titles = new Set(document.allSections.map((section) => normalizeName(section.title)));
  const required = schema.sections.filter((section) => section.required);
  const found = required.filter((section) => sectionNames(section).some((name) => titles.has(name))).map((section) => section.title);
  return { found, total: required.length, share: required.length === 0 ? 0 : found.length / required.length };
}
