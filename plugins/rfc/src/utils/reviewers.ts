import type { DocumentSchema, Position, SpecDocument } from '@specloom/core';
import { containsPlaceholder, positionAt } from '@specloom/core';

/** One reviewer as written in the `**Reviewers**:` header, with the handles it names. */
export interface ReviewerEntry {
  /** The part of the value as written: `[@alice](https://github.com/alice) (security)`. */
  text: string;
  position: Position;
  /**
   * What names the reviewer, link, code marks and a `(role)` note dropped: `@alice`; several for `@alice @bob`;
   * the bare text (`Alice Chen`) when it is not written as a handle.
   */
  handles: string[];
}

/** The reviewers of the `**Reviewers**:` header; empty and unfilled (`@name`) entries are left out. */
export function reviewerEntries(document: SpecDocument, schema: DocumentSchema | undefined): ReviewerEntry[] {
  const entry = document.metadata.reviewers;
  if (!entry || entry.valuePosition.start.offset === entry.valuePosition.end.offset) return [];
  const start = entry.valuePosition.start.offset;
  const source = document.text.slice(start, entry.valuePosition.end.offset);
  const reviewers: ReviewerEntry[] = [];
  for (const part of splitReviewers(source)) {
    // `[@alice](https://github.com/alice)` and `` `@alice` `` name the handle too; a `(role)` note may follow.
    const bare = part.text
      .replace(/^\[([^\]]*)\]\([^)]*\)/, '$1')
      .replace(/`/g, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim();
    if (bare === '' || containsPlaceholder(bare, schema)) continue;
    reviewers.push({
      text: part.text,
      position: positionAt(document, start + part.start, start + part.start + part.text.length),
      handles: bare.startsWith('@') ? bare.split(/\s+/) : [bare],
    });
  }
  return reviewers;
}

/** Reviewers separated by commas, semicolons or `and`, with their offsets in the value. */
function splitReviewers(source: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  const separator = /\s*(?:[,;]|\band\b)\s*/g;
  let last = 0;
  const push = (end: number) => {
    const raw = source.slice(last, end);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') parts.push({ text, start: last + leading });
  };
  for (const match of source.matchAll(separator)) {
    // Separators inside a `(role, team)` note or a link do not split reviewers.
    const before = source.slice(0, match.index);
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
    push(match.index);
    last = match.index + match[0].length;
  }
  push(source.length);
  return parts;
}
