import type { Html, Parents } from 'mdast';
import { commentMarker } from 'mdast-comment-marker';
import type { LintMessage, Position } from '../types/index.js';
import { createFileProblem } from './create-message.js';

/** The marker name remark-message-control uses, so one comment controls both hosts. */
export const LINT_MARKER_NAME = 'lint';

const VERBS = new Set(['enable', 'disable', 'ignore']);

/** `<!--name attributes-->` with any attribute text (mdast-comment-marker rejects `/`, which rule ids contain). */
const LENIENT_MARKER = /^\s*<!--\s*([a-zA-Z\d-]+)(?:\s+([\s\S]*?))?\s*-->\s*$/;

/** A `<!--lint …-->` comment as found in the tree: kept (small) after the tree is dropped. */
export interface LintCommentMarker {
  /** The comment node, reduced to what unified-message-control reads. */
  node: Pick<Html, 'type' | 'value' | 'position'>;
  /** Position of the node after the comment (what `ignore` covers), if any. */
  nextPosition?: Position;
}

/** Name and attributes of a comment marker, or undefined when the node is no marker. */
export function parseCommentMarker(node: { type: string; value?: unknown }): { name: string; attributes: string } | undefined {
  if (node.type !== 'html' || typeof node.value !== 'string') return undefined;
  const parsed = commentMarker(node);
  if (parsed) return { name: parsed.name, attributes: parsed.attributes };
  const match = LENIENT_MARKER.exec(node.value);
  if (!match) return undefined;
  const [, name = '', attributes = ''] = match;
  return { name, attributes: attributes.trim() };
}

/**
 * Look at one `html` node during the traversal: a valid lint comment becomes a marker, a lint comment with an
 * unknown keyword becomes a problem (remark-message-control would abort the file on it).
 */
export function readLintComment(
  node: Html,
  index: number | undefined,
  parent: Parents | undefined,
): { marker?: LintCommentMarker; problem?: LintMessage } {
  const parsed = parseCommentMarker(node);
  if (!parsed || parsed.name !== LINT_MARKER_NAME || !node.position) return {};
  const [verb = ''] = parsed.attributes.split(/\s+/);
  if (!VERBS.has(verb)) {
    const found = verb ? `keyword \`${verb}\`` : 'empty lint comment';
    return {
      problem: createFileProblem(
        `Unexpected ${found}, expected \`enable\`, \`disable\`, or \`ignore\``,
        node.position as Position,
        { fatal: false },
      ),
    };
  }
  const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
  const marker: LintCommentMarker = {
    node: { type: 'html', value: node.value, position: node.position },
  };
  if (next?.position) marker.nextPosition = next.position as Position;
  return { marker };
}
