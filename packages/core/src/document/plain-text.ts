import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A node's text without markup; raw HTML (comments, `<br>`) is not text a reader sees. */
export function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false });
}

/** Lower case, single spaces: the form metadata keys are looked up by. */
export function normalizeKey(key: string): string {
  return key.trim().replace(/\s+/g, ' ').toLowerCase();
}
