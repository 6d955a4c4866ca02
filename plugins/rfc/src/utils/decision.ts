import type { ChecklistItem, SpecDocument } from '@specloom/core';
import { findSections, normalizeName } from '@specloom/core';

export type Decision = 'Approved' | 'Rejected' | 'Deferred';

export interface DecisionItem extends ChecklistItem {
  decision: Decision;
}

const decisions: Decision[] = ['Approved', 'Rejected', 'Deferred'];

/** The `- [ ] **Approved** - …` boxes under `### Decision` (or `## Decision` / `Decision & Next Steps`). */
export function decisionItems(document: SpecDocument): DecisionItem[] {
  const sections = findSections(document, ['Decision', 'Decision & Next Steps', 'Decision and Next Steps', 'Outcome']);
  const items: DecisionItem[] = [];
  for (const item of document.checklists) {
    const offset = item.position.start.offset;
    if (!sections.some((section) => offset >= section.position.start.offset && offset < section.contentPosition.end.offset)) continue;
    const text = normalizeName(item.text);
    const decision = decisions.find((candidate) => new RegExp(`^${candidate.toLowerCase()}\\b`).test(text));
    if (decision) items.push({ ...item, decision });
  }
  return items;
}
