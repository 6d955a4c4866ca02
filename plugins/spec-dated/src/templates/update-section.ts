import type { DocumentSchema, SectionSchema } from '@specloom/core';

/**
 * Change one section of a schema in place, found by its path of titles (`['Testing Strategy', 'E2E Tests']`,
 * compared case-insensitively); throws when absent, so a template edit cannot silently drop a refinement.
 * `aliases` are added to the ones the section already has.
 */
export function updateSection(schema: DocumentSchema, path: readonly string[], patch: Partial<SectionSchema>): void {
  let sections = schema.sections;
  let section: SectionSchema | undefined;
  for (const title of path) {
    section = sections.find((candidate) => candidate.title.toLowerCase() === title.toLowerCase());
    if (!section) throw new Error(`Template "${schema.id}" has no section "${path.join(' > ')}".`);
    sections = section.children;
  }
  const { aliases, ...rest } = patch;
  Object.assign(section!, rest);
  if (aliases) section!.aliases = [...new Set([...(section!.aliases ?? []), ...aliases])];
}
