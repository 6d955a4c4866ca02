import type { Section, SpecDocument, SpecTable } from '@specloom/core';

/** The first section (in document order) whose title passes `test`; the H1 title never counts. */
export function findSection(document: SpecDocument, test: (title: string) => boolean): Section | undefined {
  return document.allSections.find((section) => section.level > 1 && test(section.title));
}

/** True when `offset` lies in the section's content (its sub-sections included). */
export function isInSection(section: Section, offset: number): boolean {
  return offset >= section.position.end.offset && offset < section.contentPosition.end.offset;
}

/** Tables in the section's content, its sub-sections included. */
export function tablesInSection(document: SpecDocument, section: Section): SpecTable[] {
  return document.tables.filter((table) => isInSection(section, table.position.start.offset));
}
