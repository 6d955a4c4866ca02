import type { ListItem, Nodes } from 'mdast';
import { plainText } from '@specloom/core';

/** White space runs as one space, trimmed: how a reader sees wrapped Markdown text. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text without the ID that opens it and the punctuation after it (`[REQ-001] The app …` -> `The app …`). */
export function withoutLeadingId(text: string, id: string): string {
  return text.replace(new RegExp(String.raw`^\s*\[?\s*${escapeRegExp(id)}\s*\]?\s*[:.)\-–—]?\s*`), '').trim();
}

const idList = String.raw`(?:REQ-\d+|NFR-?\d+|FR-?\d+|AC-\d+|TEST-\d+)`;
/**
 * A line that only names IDs under a label (`Covers: REQ-001, REQ-002`): a link between items, not what the
 * criterion or test says.
 */
const traceLine = new RegExp(String.raw`^[\p{L}\s]{1,25}:\s*${idList}(?:\s*(?:,|;|&|/|and)?\s*${idList})*\s*\.?$`, 'iu');

/** A block's text as lines, without ID-only label lines. */
export function blockLines(node: Nodes): string[] {
  return plainText(node)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !traceLine.test(line));
}

/** The text of a list item's own paragraphs (no nested lists), as lines, without ID-only label lines. */
export function itemLines(item: ListItem): string[] {
  return item.children.filter((child) => child.type === 'paragraph').flatMap(blockLines);
}

/** The first paragraph of a list item (the statement) as one line, without ID-only label lines. */
export function itemStatement(item: ListItem): string {
  const first = item.children[0];
  return first?.type === 'paragraph' ? oneLine(blockLines(first).join(' ')) : '';
}
