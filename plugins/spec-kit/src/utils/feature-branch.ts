import type { MetadataField, Position, SpecDocument } from '@specloom/core';
import { positionFromOffsets } from '@specloom/core';

/** A feature branch as a document names it, and where. */
export interface BranchMention {
  branch: string;
  /** The field it stands in, as written: `Feature Branch`, `Branch`, `Input`. */
  field: string;
  position: Position;
}

/** `specs/014-workspace-invite-links/` in an `Input` line: the feature folder, which is the branch. */
const specsFolder = /\/?specs\/([^/`\s]+)\//;
/** The first value of a field: a code span, else the text up to a `|` (plan.md puts three fields on one line). */
const firstValue = /^\s*(?:`([^`]+)`|([^|`]+?))\s*(?:\||$)/;

function mention(document: SpecDocument, field: MetadataField, start: number, branch: string): BranchMention {
  const offset = field.valuePosition.start.offset + start;
  return { branch, field: field.key, position: positionFromOffsets(document.lineStarts, offset, offset + branch.length) };
}

/** The branch in a `**Feature Branch**:` (spec.md) or `**Branch**:` (plan.md) value. */
export function branchField(document: SpecDocument, key: 'feature branch' | 'branch'): BranchMention | undefined {
  const field = document.metadata[key];
  if (!field || typeof field.value !== 'string') return undefined;
  const raw = document.text.slice(field.valuePosition.start.offset, field.valuePosition.end.offset);
  const match = firstValue.exec(raw);
  const branch = (match?.[1] ?? match?.[2])?.trim();
  if (!branch) return undefined;
  return mention(document, field, raw.indexOf(branch), branch);
}

/** The feature folder an `**Input**:` line points into (`/specs/014-…/`), which spec-kit names after the branch. */
export function inputFolder(document: SpecDocument): BranchMention | undefined {
  const field = document.metadata['input'];
  if (!field || typeof field.value !== 'string') return undefined;
  const raw = document.text.slice(field.valuePosition.start.offset, field.valuePosition.end.offset);
  const match = specsFolder.exec(raw);
  if (!match) return undefined;
  const folder = match[1]!;
  return mention(document, field, match.index + match[0].indexOf(folder), folder);
}
