import type { Heading, Root } from 'mdast';
import type { SpecTitle } from '../types/document.js';
import { plainText } from './plain-text.js';
import { positionOfNode } from './positions.js';

/**
 * A numbered title: a word in capitals and a number before the colon (`SPEC 0007: Billing`, `RFC 42: …`,
 * `KEP 1234: …`); `Phase 2: Rollout` is not one. The digit count is for rules to judge, so any number is captured.
 */
const numberedTitle = /^(\p{Lu}{2,}\s+(\d+))\s*:\s*([\s\S]*)$/u;

/** The title is the first depth-1 heading of the document (not one nested in a list or quote). */
export function findTitleHeading(tree: Root): Heading | undefined {
  for (const child of tree.children) {
    if (child.type === 'heading' && child.depth === 1) return child;
  }
  return undefined;
}

export function extractTitle(heading: Heading | undefined, lineStarts: readonly number[]): SpecTitle | undefined {
  if (!heading) return undefined;
  const text = plainText(heading).trim();
  return { text, position: positionOfNode(lineStarts, heading), parts: parseTitleParts(text) };
}

/**
 * `SPEC 0007: Billing` -> prefix `SPEC 0007`, number `0007`, name `Billing`; `Specification: X` (or any
 * `A: B`) -> prefix and name; no colon -> the whole text is the name.
 */
export function parseTitleParts(text: string): SpecTitle['parts'] {
  const numbered = numberedTitle.exec(text);
  if (numbered) {
    // Every group takes part in a match; the name may be empty.
    const [, prefix, number, name = ''] = numbered;
    return { prefix, number, name: name.trim() };
  }
  const colon = text.indexOf(':');
  if (colon === -1) return text === '' ? {} : { name: text };
  const prefix = text.slice(0, colon).trim();
  const name = text.slice(colon + 1).trim();
  return prefix === '' ? { name } : { prefix, name };
}
