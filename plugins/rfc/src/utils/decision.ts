import type { ChecklistItem, SpecDocument } from '@specloom/core';
import { findSections, normalizeName, sectionParts } from '@specloom/core';

export type Decision = 'Approved' | 'Rejected' | 'Deferred';

export interface DecisionItem extends ChecklistItem {
  decision: Decision;
}

const decisions: Decision[] = ['Approved', 'Rejected', 'Deferred'];

/** The `- [ ] **Approved** - …` boxes under `### Decision` (or `## Decision` / `Decision & Next Steps`). */
export function decisionItems(document: SpecDocument): DecisionItem[] {
  const sections = findSections(document, ['Decision', 'Decision & Next Steps', 'Decision and Next Steps', 'Outcome']);
  const inSections = new Set(sections.flatMap((section) => sectionParts(document.checklists, section, { nested: true })));
  const items: DecisionItem[] = [];
  for (const item of document.checklists) {
    if (!inSections.has(item)) continue;
    const text = normalizeName(item.text);
    const decision = decisions.find((candidate) => new RegExp(`^${candidate.toLowerCase()}\\b`).test(text));
    if (decision) items.push({ ...item, decision });
  }
  return items;
}
