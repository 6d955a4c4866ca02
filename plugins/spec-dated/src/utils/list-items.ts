import type { ListItem, Nodes } from 'mdast';

/**
 * Every list item under `node` in document order (parents before their nested items), as the engine's
 * `listItem` visitor hands them to rules: renderers get no traversal and collect them here. Iterative, so deep
 * nesting cannot overflow the stack.
 */
export function listItemsOf(node: Nodes): ListItem[] {
  const items: ListItem[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'listItem') items.push(current);
    if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!);
    }
  }
  return items;
}
