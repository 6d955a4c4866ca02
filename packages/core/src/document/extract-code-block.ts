import type { Code } from 'mdast';
import type { CodeBlock, Section } from '../types/document.js';
import { positionOfNode } from './positions.js';

export function codeBlockFromNode(node: Code, section: Section | undefined, lineStarts: readonly number[]): CodeBlock {
  return {
    ...(node.lang == null ? {} : { lang: node.lang }),
    ...(node.meta == null ? {} : { meta: node.meta }),
    value: node.value,
    position: positionOfNode(lineStarts, node),
    ...(section === undefined ? {} : { section }),
    node,
  };
}
