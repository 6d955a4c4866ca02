import type { SpecDocument } from '../../types/document.js';
import type { DocumentSchema } from '../../types/schema.js';
import { scalarText } from './metadata.js';
import { normalizeName } from './normalize.js';

/** The document's status as written, and its place in the template's lifecycle. */
export interface DocumentStatus {
  /** As written: `in progress`. */
  value: string;
  /** Index in the lifecycle; -1 when the value is not one of it (metadata-enum reports that). */
  index: number;
  /** The lifecycle value as the template spells it (`In Progress`), when `index` is not -1. */
  stage?: string;
  /** The lifecycle, in order. */
  values: readonly string[];
}

/** Status values compare as the schema says: exactly, or ignoring case and repeated white space. */
function comparable(text: string, caseSensitive: boolean | undefined): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

/** Read the status field the schema names (`schema.status.field`), if the document has one. */
export function readStatus(document: SpecDocument, schema: DocumentSchema | undefined): DocumentStatus | undefined {
  const lifecycle = schema?.status;
  if (!lifecycle) return undefined;
  const entry = document.metadata[normalizeName(lifecycle.field)];
  const value = entry ? scalarText(entry) : undefined;
  if (value === undefined || value === '') return undefined;
  const wanted = comparable(value, lifecycle.caseSensitive);
  const index = lifecycle.values.findIndex((candidate) => comparable(candidate, lifecycle.caseSensitive) === wanted);
  return { value, index, stage: index === -1 ? undefined : lifecycle.values[index], values: lifecycle.values };
}

/** True when the document is at the first stage of its lifecycle (Draft), where unfinished text is expected. */
export function isFirstStatus(document: SpecDocument, schema: DocumentSchema | undefined): boolean {
  return readStatus(document, schema)?.index === 0;
}

/** True when the status is one of `stages` (lifecycle values, compared as the schema compares statuses). */
export function isStatusIn(status: DocumentStatus | undefined, stages: readonly string[], schema: DocumentSchema): boolean {
  if (!status || status.stage === undefined) return false;
  const stage = comparable(status.stage, schema.status?.caseSensitive);
  return stages.some((candidate) => comparable(candidate, schema.status?.caseSensitive) === stage);
}

/** True when the status is `stage` or a later one in the lifecycle. */
export function isStatusAtLeast(status: DocumentStatus | undefined, stage: string): boolean {
  if (!status || status.index === -1) return false;
  const stageIndex = status.values.indexOf(stage);
  return stageIndex !== -1 && status.index >= stageIndex;
}
