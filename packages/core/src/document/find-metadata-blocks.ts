import type { Paragraph, Root } from 'mdast';
import type { MetadataStyle } from '../types/document.js';
import { parseHeadingTitle } from './parse-heading-title.js';
import { plainText } from './plain-text.js';

export interface MetadataBlock {
  paragraph: Paragraph;
  style: Exclude<MetadataStyle, 'front-matter'>;
}

/**
 * The paragraphs that may hold `**Key**: value` lines, in document order. Only the places templates keep
 * metadata count, so bold-key lines in the body (`**Endpoint**:` under `### API Design`) stay prose:
 * - under the title, before the first H2: blockquote lines (product) and paragraph lines (rfc);
 * - under `## Overview`, before its first sub-heading: paragraph lines (why-what-how);
 * - under `## Metadata`: list items (feature) and paragraph lines.
 */
export function findMetadataBlocks(tree: Root): MetadataBlock[] {
  const blocks: MetadataBlock[] = [];
  let underTitle = true;
  let sawTitle = false;
  let sawHeading = false;
  let keyedSection: 'overview' | 'metadata' | undefined;

  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (node.depth === 1 && !sawHeading) sawTitle = true;
      // Without an H1 the header ends at the first heading; with one it ends at the first H2 (or a second H1).
      else if (node.depth <= 2 || !sawTitle) underTitle = false;
      sawHeading = true;
      keyedSection = node.depth === 2 ? keyedSectionOf(plainText(node)) : undefined;
      continue;
    }
    if (underTitle) {
      if (node.type === 'blockquote') {
        for (const child of node.children) {
          if (child.type === 'paragraph') blocks.push({ paragraph: child, style: 'blockquote' });
        }
      } else if (node.type === 'paragraph') {
        blocks.push({ paragraph: node, style: 'bold-lines' });
      }
    } else if (keyedSection !== undefined) {
      if (node.type === 'paragraph') {
        blocks.push({ paragraph: node, style: 'bold-lines' });
      } else if (node.type === 'list' && keyedSection === 'metadata') {
        for (const item of node.children) {
          const first = item.children[0];
          if (first?.type === 'paragraph') blocks.push({ paragraph: first, style: 'bullet-list' });
        }
      }
    }
  }
  return blocks;
}

function keyedSectionOf(headingText: string): 'overview' | 'metadata' | undefined {
  const title = parseHeadingTitle(headingText).title.toLowerCase();
  return title === 'overview' || title === 'metadata' ? title : undefined;
}
