import type { ListItem } from 'mdast';
import type { ChecklistItem, DocumentSchema, SpecDocument } from '@specloom/core';
import { blocksAfterLabel, containsPlaceholder, findLabelledParagraphs, findSections, sectionBlocks } from '@specloom/core';

const labels = ['Approval', 'Approvals', 'Sign-off', 'Sign-offs', 'Approvers'];

/**
 * The approval boxes: the task list after `**Approval**:` (the template's form, below a thematic break at the
 * end) or under an `## Approvals` heading.
 */
export function approvalItems(document: SpecDocument): ChecklistItem[] {
  const lists: ListItem[] = [];
  for (const label of findLabelledParagraphs(document, labels)) {
    for (const block of blocksAfterLabel(document, label.index)) {
      if (block.type === 'list') lists.push(...block.children);
    }
  }
  for (const section of findSections(document, labels)) {
    for (const block of sectionBlocks(document, section, { nested: true })) {
      if (block.type === 'list') lists.push(...block.children);
    }
  }
  const nodes = new Set(lists);
  return document.checklists.filter((item) => nodes.has(item.node));
}

/** `Product Owner` from `Product Owner: @farah-haddad`. */
export function approvalRole(item: ChecklistItem): string {
  const colon = item.text.indexOf(':');
  return (colon === -1 ? item.text : item.text.slice(0, colon)).replace(/[*_`]/g, '').trim() || item.text;
}

/**
 * Who signs: `@farah-haddad` from `Product Owner: @farah-haddad`, or a bare `@handle` line; undefined when the
 * line names nobody or only the template's `@name`.
 */
export function approvalSigner(item: ChecklistItem, schema: DocumentSchema | undefined): string | undefined {
  const colon = item.text.indexOf(':');
  const text = (colon === -1 ? (item.text.trim().startsWith('@') ? item.text : '') : item.text.slice(colon + 1)).replace(/[*_`]/g, '').trim();
  return text === '' || containsPlaceholder(text, schema) ? undefined : text;
}
