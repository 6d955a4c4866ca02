import type { ChecklistItem, SpecDocument } from '@specloom/core';
import { findSections, normalizeName, sectionParts } from '@specloom/core';

const sectionTitles = ['Backwards Compatibility', 'Backward Compatibility', 'Compatibility'];

/** The two boxes of one Backwards Compatibility section: "No breaking changes" and "Breaking changes". */
export interface CompatibilityBoxes {
  none?: ChecklistItem;
  breaking?: ChecklistItem;
}

/** What the author answered: `none` or `breaking` when exactly one box is checked, else undefined. */
export type CompatibilityAnswer = 'none' | 'breaking';

/**
 * The boxes of every Backwards Compatibility section that has at least one of them; a section without the
 * boxes was answered in prose and is left out.
 */
export function compatibilityBoxes(document: SpecDocument): CompatibilityBoxes[] {
  const found: CompatibilityBoxes[] = [];
  for (const section of findSections(document, sectionTitles)) {
    const inSection = sectionParts(document.checklists, section, { nested: true });
    const none = inSection.find((item) => /^no breaking changes?\b/.test(normalizeName(item.text)));
    const breaking = inSection.find((item) => /^breaking changes?\b/.test(normalizeName(item.text)));
    if (none || breaking) found.push({ none, breaking });
  }
  return found;
}

export function compatibilityAnswer(boxes: CompatibilityBoxes): CompatibilityAnswer | undefined {
  const none = boxes.none?.checked === true;
  const breaking = boxes.breaking?.checked === true;
  if (none === breaking) return undefined;
  return none ? 'none' : 'breaking';
}
