import type { ListItem } from 'mdast';
import type { Section, SpecListItem } from '../types/document.js';
import { plainText } from './plain-text.js';
import { positionOfNode } from './positions.js';

export interface ListItemPlace {
  /** Whether the item's list is numbered. */
  ordered: boolean;
  /** The list item the item is nested in. */
  parent: SpecListItem | undefined;
  section: Section | undefined;
}

/** A list item of the model; its text is the plain text of its first paragraph. */
export function listItemFromNode(node: ListItem, place: ListItemPlace, lineStarts: readonly number[]): SpecListItem {
  const first = node.children[0];
  const item: SpecListItem = {
    text: first?.type === 'paragraph' ? plainText(first).trim() : '',
    position: positionOfNode(lineStarts, node),
    ordered: place.ordered,
    depth: place.parent ? place.parent.depth + 1 : 0,
    node,
  };
  if (typeof node.checked === 'boolean') item.checked = node.checked;
  if (place.parent) item.parent = place.parent;
  if (place.section) item.section = place.section;
  return item;
}
