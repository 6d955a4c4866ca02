import type { SpecDocument } from '../types/document.js';
import type { DocumentSchema } from '../types/schema.js';

/** Statuses that end a spec's life: reachable from any status, left by none. */
const END_OF_LIFE = new Set(['deprecated', 'superseded', 'archived', 'rejected', 'withdrawn', 'obsolete']);

export interface StatusTransition {
  allowed: boolean;
  /** Why the move is refused, in remark-lint wording; undefined when allowed. */
  reason?: string;
  /** The new status spelled as the lifecycle spells it. */
  status?: string;
}

function quoteList(values: string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/**
 * The lifecycle rule: one step forward along the main line (Draft → Review → Approved → Implemented), one step
 * back while not yet at its end (Review → Draft, reopening), and any status to an end-of-life status
 * (Deprecated, Superseded, Archived). Nothing leaves an end-of-life status, and the last main-line status
 * (Implemented) only moves to end of life.
 */
export function checkStatusTransition(lifecycle: string[], from: string, to: string): StatusTransition {
  const find = (value: string) => lifecycle.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase());
  const target = find(to);
  if (target === undefined) {
    return { allowed: false, reason: `Unexpected status "${to}", expected one of ${quoteList(lifecycle)}` };
  }
  const current = find(from);
  // A status outside the lifecycle (a typo, a placeholder) can be corrected to anything.
  if (current === undefined) return { allowed: true, status: target };
  if (current === target) return { allowed: false, reason: `Unexpected status "${target}": the spec already has it` };

  const mainLine = lifecycle.filter((value) => !END_OF_LIFE.has(value.toLowerCase()));
  if (END_OF_LIFE.has(current.toLowerCase())) {
    return { allowed: false, reason: `Unexpected move from "${current}" to "${target}": "${current}" ends the lifecycle` };
  }
  if (END_OF_LIFE.has(target.toLowerCase())) return { allowed: true, status: target };

  const fromIndex = mainLine.indexOf(current);
  const toIndex = mainLine.indexOf(target);
  const next = mainLine[fromIndex + 1];
  const previous = mainLine[fromIndex - 1];
  const isLast = fromIndex === mainLine.length - 1;
  if (toIndex === fromIndex + 1 || (toIndex === fromIndex - 1 && !isLast)) return { allowed: true, status: target };

  const expected = [next, isLast ? undefined : previous, ...lifecycle.filter((value) => END_OF_LIFE.has(value.toLowerCase()))]
    .filter((value): value is string => value !== undefined);
  return {
    allowed: false,
    reason: `Unexpected move from "${current}" to "${target}", expected ${expected.length > 0 ? `one of ${quoteList(expected)}` : 'no further move'}`,
  };
}

export interface StatusRewrite {
  text: string;
  /** The status before the change, as written. */
  previous: string;
  /** Whether a Last Updated field was found and set. */
  updatedLastUpdated: boolean;
}

/**
 * Rewrite only the Status value and Last Updated (when the template has it) in the original text: every other
 * byte stays as it was. Returns undefined when the document has no status field.
 */
export function rewriteStatus(document: SpecDocument, schema: DocumentSchema, status: string, today: string): StatusRewrite | undefined {
  const statusField = document.metadata[(schema.status?.field ?? 'status').toLowerCase()];
  if (statusField === undefined) return undefined;
  const edits = [{ position: statusField.valuePosition, text: status }];
  const lastUpdated = document.metadata['last updated'] ?? document.metadata['last_updated'] ?? document.metadata['updated'];
  if (lastUpdated !== undefined) edits.push({ position: lastUpdated.valuePosition, text: today });
  edits.sort((left, right) => right.position.start.offset - left.position.start.offset);
  let text = document.text;
  for (const edit of edits) {
    text = text.slice(0, edit.position.start.offset) + edit.text + text.slice(edit.position.end.offset);
  }
  return { text, previous: statusField.raw, updatedLastUpdated: lastUpdated !== undefined };
}
