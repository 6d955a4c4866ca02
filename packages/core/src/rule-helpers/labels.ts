import type { Paragraph, RootContent } from 'mdast';
import type { SpecDocument } from '../types/document.js';
import { normalizeName } from '../rules/utils/normalize.js';
import { plainText } from './node-text.js';

/** A `**Label**: value` paragraph (or `**Label:** value`), as templates write their fields and prompts. */
export interface LabelledParagraph {
  /** The label, normalised (`approval`). */
  label: string;
  /** Plain text after the label and colon, trimmed. */
  value: string;
  paragraph: Paragraph;
  /** Index of the paragraph among the root's children. */
  index: number;
}

/** The label of a paragraph that opens with bold text followed by a colon, if any. */
export function labelOf(paragraph: Paragraph): { label: string; value: string } | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  const strongText = plainText(first).trim();
  const restText = rest.map((node) => plainText(node)).join('');
  if (/:\s*$/.test(strongText)) return { label: normalizeName(strongText), value: restText.trim() };
  if (!/^\s*:/.test(restText)) return undefined;
  return { label: normalizeName(strongText), value: restText.replace(/^\s*:/, '').trim() };
}

/** Every top-level `**Label**: …` paragraph whose label is one of `labels` (any label without), in document order. */
export function findLabelledParagraphs(document: SpecDocument, labels?: readonly string[]): LabelledParagraph[] {
  const wanted = labels && new Set(labels.map(normalizeName));
  const found: LabelledParagraph[] = [];
  document.tree.children.forEach((node, index) => {
    if (node.type !== 'paragraph') return;
    const label = labelOf(node);
    if (label && (!wanted || wanted.has(label.label))) found.push({ ...label, paragraph: node, index });
  });
  return found;
}

/**
 * The blocks that belong to a label paragraph: those after it up to the next heading, thematic break or
 * labelled paragraph (`**Request**:` ends `**Endpoint**:`).
 */
export function blocksAfterLabel(document: SpecDocument, index: number): RootContent[] {
  const blocks: RootContent[] = [];
  for (const node of document.tree.children.slice(index + 1)) {
    if (node.type === 'heading' || node.type === 'thematicBreak') break;
    if (node.type === 'paragraph' && labelOf(node)) break;
    blocks.push(node);
  }
  return blocks;
}
