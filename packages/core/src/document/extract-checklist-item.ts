import type { ListItem } from 'mdast';
import type { ChecklistItem } from '../types/document.js';
import { plainText } from './plain-text.js';
import { positionOfNode } from './positions.js';

/** A task list item (`- [ ]` / `- [x]`); its text is the plain text of its first paragraph. */
export function checklistItemFromNode(
  node: ListItem,
  section: string | undefined,
  lineStarts: readonly number[],
): ChecklistItem | undefined {
  if (typeof node.checked !== 'boolean') return undefined;
  const first = node.children[0];
  return {
    text: first?.type === 'paragraph' ? plainText(first).trim() : '',
    checked: node.checked,
    position: positionOfNode(lineStarts, node),
    ...(section === undefined ? {} : { section }),
    node,
  };
}
