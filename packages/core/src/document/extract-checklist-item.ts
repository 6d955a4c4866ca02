import type { ChecklistItem, SpecListItem } from '../types/document.js';

/** A task list item (`- [ ]` / `- [x]`) as a checklist entry; undefined for any other item. */
export function checklistItemOf(listItem: SpecListItem): ChecklistItem | undefined {
  if (listItem.checked === undefined) return undefined;
  return {
    text: listItem.text,
    checked: listItem.checked,
    position: listItem.position,
    ...(listItem.section === undefined ? {} : { section: listItem.section }),
    listItem,
    node: listItem.node,
  };
}
