import type { Node, Parent } from 'unist';
import { messageControl } from 'unified-message-control';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { LintMessage } from '../types/index.js';
import { LINT_MARKER_NAME, parseCommentMarker, type LintCommentMarker } from './lint-comment-markers.js';
import { defined } from '../defined.js';

/** The `source` our messages carry for unified-message-control; only these can be disabled. */
const MESSAGE_SOURCE = 'specloom';

/**
 * A stand-in tree with only the lint comments, each followed by a node spanning what the real next sibling
 * spanned (what `ignore` covers). Comments are in document (pre-)order, as unified-message-control would
 * visit them in the real tree, and every node has a start offset so the library finds no position gaps.
 */
function markerTree(markers: LintCommentMarker[]): Parent {
  const children: Node[] = [];
  for (const marker of markers) {
    children.push(marker.node);
    // A parent without an end: the library then neither sees a gap nor lets `ignore` cover anything.
    const position = marker.nextPosition ?? { start: marker.node.position!.end };
    children.push({ type: 'specloomNext', children: [], position } as unknown as Node);
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 } },
  } as unknown as Parent;
}

/** Line lengths (without line endings), split the way vfile-location counts lines. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/**
 * Drop the messages that `<!--lint disable|enable|ignore …-->` comments turn off, using the same library
 * (and so the same semantics) as remark-message-control.
 */
export function filterDisabledMessages(
  messages: LintMessage[],
  markers: LintCommentMarker[],
  text: string,
): LintMessage[] {
  if (markers.length === 0 || messages.length === 0) return messages;
  const lengths = lineLengths(text);
  const file = new VFile({ value: text });
  // Each message with the library's copy of it: the library drops copies, the kept ones say which messages stay.
  const copies: Array<[LintMessage, VFileMessage]> = [];
  for (const message of messages) {
    // The library maps line/column to an offset; keep them inside the text so that always succeeds.
    const line = Math.min(Math.max(1, message.line), lengths.length);
    const column = Math.min(Math.max(1, message.column), defined(lengths[line - 1], 'a length for every line') + 1);
    const fileMessage = new VFileMessage(message.message, {
      place: { line, column },
      ruleId: message.ruleId ?? undefined,
      source: MESSAGE_SOURCE,
    });
    file.messages.push(fileMessage);
    copies.push([message, fileMessage]);
  }
  messageControl(markerTree(markers), {
    file,
    name: LINT_MARKER_NAME,
    source: MESSAGE_SOURCE,
    marker: (node) => parseCommentMarker(node),
  });
  const kept = new Set(file.messages);
  return copies.filter(([, fileMessage]) => kept.has(fileMessage)).map(([message]) => message);
}
