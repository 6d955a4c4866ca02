import type { Heading, Root, RootContent } from 'mdast';
import type { Section } from '../types/document.js';
import { parseHeadingTitle } from './parse-heading-title.js';
import { plainText } from './plain-text.js';
import { nodeOffsets, positionFromOffsets, positionOfNode } from './positions.js';
import { defined } from '../defined.js';

export interface SectionTree {
  sections: Section[];
  allSections: Section[];
  sectionByHeading: Map<Heading, Section>;
}

/**
 * Build the heading tree from the top-level headings (a heading inside a list or quote does not open a
 * section). One pass with a stack of open sections: a heading closes every open section of its level or deeper.
 */
export function buildSections(tree: Root, text: string, lineStarts: readonly number[]): SectionTree {
  const sections: Section[] = [];
  const allSections: Section[] = [];
  const sectionByHeading = new Map<Heading, Section>();
  const open: Section[] = [];
  const children = tree.children;

  const close = (section: Section, end: number) => {
    section.contentPosition = positionFromOffsets(lineStarts, section.contentPosition.start.offset, end);
  };

  for (const [index, node] of children.entries()) {
    if (node.type !== 'heading') continue;
    const [start, end] = nodeOffsets(node);
    for (let last = open.at(-1); last !== undefined && last.level >= node.depth; last = open.at(-1)) {
      open.pop();
      close(last, start);
    }

    const rawTitle = plainText(node).trim();
    const { number, title, markedOptional } = parseHeadingTitle(rawTitle);
    const section: Section = {
      level: node.depth,
      ...(number === undefined ? {} : { number }),
      title,
      rawTitle,
      markedOptional,
      position: positionOfNode(lineStarts, node),
      contentPosition: positionFromOffsets(lineStarts, end, end),
      empty: isEmptyUntilNextHeading(children, index + 1),
      children: [],
      node,
    };
    const parent = open.at(-1);
    if (parent) parent.children.push(section);
    else sections.push(section);
    open.push(section);
    allSections.push(section);
    sectionByHeading.set(node, section);
  }
  for (const section of open) close(section, text.length);
  return { sections, allSections, sectionByHeading };
}

/**
 * The next heading is either this section's first child or the end of the section, so "empty" only needs the
 * nodes up to the next heading of any level.
 */
function isEmptyUntilNextHeading(children: RootContent[], from: number): boolean {
  for (let index = from; index < children.length; index++) {
    const node = defined(children[index], 'an index inside the children');
    if (node.type === 'heading') return true;
    if (node.type !== 'html' || !isOnlyComments(node.value)) return false;
  }
  return true;
}

/** True when the HTML is nothing but comments and white space (a loop, not a regex, to stay linear). */
function isOnlyComments(html: string): boolean {
  let index = 0;
  const length = html.length;
  while (index < length) {
    const code = html.charCodeAt(index);
    if (code === 32 || (code >= 9 && code <= 13)) {
      index++;
    } else if (html.startsWith('<!--', index)) {
      const close = html.indexOf('-->', index + 4);
      if (close === -1) return false;
      index = close + 3;
    } else {
      return false;
    }
  }
  return true;
}
