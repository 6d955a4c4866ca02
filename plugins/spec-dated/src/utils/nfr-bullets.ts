import type { ListItem } from 'mdast';
import type { Section, SpecDocument } from '@specloom/core';

/** "Non-Functional Requirements" and the names authors give it. */
export function isNfrSection(section: Section): boolean {
  return /^non[-\s]?functional requirements?$|^nfrs?$/i.test(section.title.trim());
}

function firstChildStart(section: Section): number | undefined {
  return section.children[0]?.position.start.offset;
}

/** A list item directly in `[start, end)`, not nested in another item there. */
function isTopLevelIn(item: ListItem, items: readonly ListItem[], start: number, end: number): boolean {
  const itemStart = item.position?.start.offset ?? -1;
  const itemEnd = item.position?.end.offset ?? -1;
  if (itemStart < start || itemEnd > end) return false;
  return !items.some((other) => {
    const otherStart = other.position?.start.offset ?? -1;
    const otherEnd = other.position?.end.offset ?? -1;
    return other !== item && otherStart < itemStart && otherEnd >= itemEnd && otherStart >= start;
  });
}

/**
 * Why/what/how's non-functional requirements: the `- **Performance**: …` bullets directly under a
 * "Non-Functional Requirements" heading (before its first sub-heading), in document order. `items` are the
 * document's list items in document order.
 */
export function nfrBullets(document: SpecDocument, items: readonly ListItem[]): ListItem[] {
  return document.allSections.filter(isNfrSection).flatMap((section) => {
    const start = section.contentPosition.start.offset;
    const end = firstChildStart(section) ?? section.contentPosition.end.offset;
    return items.filter((item) => isTopLevelIn(item, items, start, end));
  });
}
