import type { ListItem, Paragraph } from 'mdast';

/** The item's first paragraph, where spec-kit writes an item's ID and label. */
export function firstParagraph(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? first : undefined;
}
