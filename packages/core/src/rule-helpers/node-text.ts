import type { ListItem, Nodes, Paragraph, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A node's text as a reader sees it (no markup, no HTML). */
export function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false });
}

/** The item's own text: its paragraphs, without nested lists or code blocks. */
export function listItemText(item: ListItem): string {
  return item.children
    .filter((child): child is Paragraph => child.type === 'paragraph')
    .map((child) => plainText(child))
    .join('\n')
    .trim();
}

/** Items of the lists among `blocks` (not of lists nested inside items), in document order. */
export function topLevelListItems(blocks: readonly RootContent[], filter?: (ordered: boolean) => boolean): ListItem[] {
  const items: ListItem[] = [];
  for (const block of blocks) {
    if (block.type !== 'list' || (filter && !filter(block.ordered === true))) continue;
    items.push(...block.children);
  }
  return items;
}

/**
 * The prose text nodes under `node`, in document order: inline code, code blocks, HTML and nested lists
 * (with `skipLists`) are left out, so a word found here is one the author wrote as prose.
 */
export function proseTextNodes(node: Nodes, options: { skipLists: boolean }): Text[] {
  const found: Text[] = [];
  const visit = (current: Nodes, depth: number) => {
    if (current.type === 'text') {
      found.push(current);
      return;
    }
    if (current.type === 'list' && options.skipLists && depth > 0) return;
    if (!('children' in current)) return;
    for (const child of current.children) visit(child, depth + 1);
  };
  visit(node, 0);
  return found;
}
