import type { ListItem } from 'mdast';
import type { Section, SpecDocument } from '@specloom/core';

/** "Non-Functional Requirements" and the names authors give it. */
export function isNfrSection(section: Section): boolean {
  return /^non[-\s]?functional requirements?$|^nfrs?$/i.test(section.title.trim());
}

/**
 * Why/what/how's non-functional requirements: the `- **Performance**: …` bullets directly under a
 * "Non-Functional Requirements" heading (before its first sub-heading, not nested in another item), in
 * document order.
 */
export function nfrBullets(document: SpecDocument): ListItem[] {
  const sections = new Set(document.allSections.filter(isNfrSection));
  return document.listItems.flatMap((item) => (item.parent === undefined && item.section && sections.has(item.section) ? [item.node] : []));
}
