import type { Section, SpecDocument } from '@specloom/core';

/**
 * The first section (in document order) whose title passes `test`; the H1 title never counts. Product specs
 * word their headings freely (`Spikes (Pre-Implementation Validation)`, `Unit Testing`), so titles are matched
 * by pattern here rather than by name as `findSections` in core does.
 */
export function findSection(document: SpecDocument, test: (title: string) => boolean): Section | undefined {
  return document.allSections.find((section) => section.level > 1 && test(section.title));
}
