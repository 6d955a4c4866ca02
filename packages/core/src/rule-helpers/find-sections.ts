import type { Section, SpecDocument } from '../types/document.js';
import { normalizeName } from '../rules/utils/normalize.js';

/** Every section (any level) whose title is one of `titles`, compared as names are (case, markup, colon ignored). */
export function findSections(document: SpecDocument, titles: readonly string[]): Section[] {
  const wanted = new Set(titles.map(normalizeName));
  return document.allSections.filter((section) => wanted.has(normalizeName(section.title)));
}

/** True when `offset` lies in the section's content, its sub-sections included (not in its heading). */
export function isInSection(section: Section, offset: number): boolean {
  return offset >= section.position.end.offset && offset < section.contentPosition.end.offset;
}

/** The innermost section holding `offset` and every section around it, innermost first. */
export function sectionsAround(document: SpecDocument, offset: number): Section[] {
  return document.allSections
    .filter((section) => offset >= section.position.start.offset && offset < section.contentPosition.end.offset)
    .reverse();
}
