import type { Paragraph, PhrasingContent, Strong } from 'mdast';
import type { MetadataField } from '../types/document.js';
import type { MetadataBlock } from './find-metadata-blocks.js';
import { normalizeKey, plainText } from './plain-text.js';
import { nodeOffsets, pointAt, positionFromOffsets } from './positions.js';

interface LineItem {
  node: PhrasingContent;
  /** Plain text of the node, or of this line's piece of a text node that spans lines. */
  text: string;
  /** True when `text` starts where the node starts (so its first character maps to the node's offset). */
  startsNode: boolean;
}

interface Line {
  items: LineItem[];
  /** Where a hard break ends the line: the value stops before it. */
  breakStart?: number;
}

/**
 * Read `**Key**: value` / `**Key:** value` entries, one per line of the paragraph. Lines come from the tree
 * (soft breaks are `\n` in text, hard breaks are `break` nodes); the value's text is the plain text of the
 * line's nodes, its position and `raw` come from the source line so they are exact.
 */
export function readBoldKeyLines(block: MetadataBlock, text: string, lineStarts: readonly number[]): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const line of splitLines(block.paragraph)) {
    const field = readLine(line, block, text, lineStarts);
    if (field) fields.push(field);
  }
  return fields;
}

function splitLines(paragraph: Paragraph): Line[] {
  const lines: Line[] = [];
  let current: Line = { items: [] };
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      current.breakStart = nodeOffsets(node)[0];
      lines.push(current);
      current = { items: [] };
    } else if (node.type === 'text') {
      // Text keeps the file's line endings: CRLF, LF and a lone CR (old Mac files) each end a line, as in micromark.
      const pieces = node.value.split(/\r\n?|\n/u);
      for (const [index, piece] of pieces.entries()) {
        if (index > 0) {
          lines.push(current);
          current = { items: [] };
        }
        if (piece !== '') current.items.push({ node, text: piece, startsNode: index === 0 });
      }
    } else {
      current.items.push({ node, text: plainText(node), startsNode: true });
    }
  }
  lines.push(current);
  return lines;
}

function readLine(line: Line, block: MetadataBlock, text: string, lineStarts: readonly number[]): MetadataField | undefined {
  const index = line.items.findIndex((item) => item.node.type !== 'text' || item.text.trim() !== '');
  const keyItem = index === -1 ? undefined : line.items[index];
  if (keyItem?.node.type !== 'strong') return undefined;
  const strong: Strong = keyItem.node;
  const [strongStart, strongEnd] = nodeOffsets(strong);
  const keyText = keyItem.text;
  if (/[\r\n]/u.test(keyText)) return undefined;

  let key: string;
  let colonEnd: number;
  let valueText: string;
  const rest = line.items.slice(index + 1);
  if (/:\s*$/.test(keyText)) {
    // `**Key:** value`
    key = keyText.replace(/\s*:\s*$/, '').trim();
    colonEnd = strongEnd;
    valueText = joinText(rest);
  } else {
    // `**Key**: value`: the colon must follow the closing `**` directly (white space allowed).
    const next = rest[0];
    if (next?.node.type !== 'text' || !next.startsNode || !/^[ \t]*:/.test(next.text)) return undefined;
    const colon = next.text.indexOf(':');
    key = keyText.trim();
    colonEnd = nodeOffsets(next.node)[0] + colon + 1;
    valueText = next.text.slice(colon + 1) + joinText(rest.slice(1));
  }
  if (key === '') return undefined;

  const [valueStart, valueEnd] = valueRange(text, lineStarts, strongStart, colonEnd, block, line.breakStart);
  const [keyStart, keyEnd] = keyRange(text, strongStart, strongEnd);
  const emptyValue = valueStart === valueEnd;
  return {
    key,
    name: normalizeKey(key),
    value: valueText.trim(),
    raw: text.slice(valueStart, valueEnd),
    style: block.style,
    position: positionFromOffsets(lineStarts, strongStart, emptyValue ? colonEnd : valueEnd),
    keyPosition: positionFromOffsets(lineStarts, keyStart, keyEnd),
    valuePosition: emptyValue
      ? positionFromOffsets(lineStarts, colonEnd, colonEnd)
      : positionFromOffsets(lineStarts, valueStart, valueEnd),
  };
}

function joinText(items: LineItem[]): string {
  let result = '';
  for (const item of items) result += item.text;
  return result;
}

/**
 * The value runs from the first non-blank character after the colon to the end of the key's physical line
 * (before a hard break, never past the paragraph), without trailing white space. Empty -> [colonEnd, colonEnd].
 */
function valueRange(
  text: string,
  lineStarts: readonly number[],
  strongStart: number,
  colonEnd: number,
  block: MetadataBlock,
  breakStart: number | undefined,
): [number, number] {
  const line = pointAt(lineStarts, strongStart).line;
  let end = lineStarts[line] ?? text.length;
  end = Math.min(end, nodeOffsets(block.paragraph)[1], breakStart ?? Number.POSITIVE_INFINITY);
  let start = colonEnd;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlankOrLineEnding(text.charCodeAt(end - 1))) end--;
  return start === end ? [colonEnd, colonEnd] : [start, end];
}

/** The key text inside the bold markers, without a colon written inside them. */
function keyRange(text: string, strongStart: number, strongEnd: number): [number, number] {
  let start = strongStart + 2;
  let end = strongEnd - 2;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 58)) end--;
  return [start, Math.max(start, end)];
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function isBlankOrLineEnding(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
