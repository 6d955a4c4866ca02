import type { Section, SpecDocument } from '@specloom/core';
import { normalizeName } from './normalize.js';

export { sectionBlocks, sectionTables } from '@specloom/core';

/** Every section (any level) whose title is one of `titles`, compared case-insensitively. */
export function findSections(document: SpecDocument, titles: readonly string[]): Section[] {
  const wanted = new Set(titles.map(normalizeName));
  return document.allSections.filter((section) => wanted.has(normalizeName(section.title)));
}
