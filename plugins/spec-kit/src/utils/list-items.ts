import type { ListItem, Nodes, Paragraph } from 'mdast';

/** Every list item of the tree (nested ones too), in document order. */
export function allListItems(root: Nodes): ListItem[] {
  const found: ListItem[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'listItem') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

/** The item's first paragraph, where spec-kit writes an item's ID and label. */
export function firstParagraph(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? first : undefined;
}
