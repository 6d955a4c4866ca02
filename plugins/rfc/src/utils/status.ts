import type { DocumentSchema, RuleContext, SpecDocument } from '@specloom/core';

/** The document's status and its place in the template's lifecycle (`index` is -1 for a value not in it). */
export interface DocumentStatus {
  value: string;
  index: number;
  values: string[];
}

/** The status the schema's lifecycle is about (`**Status**:` under the title), for rules and renderers alike. */
export function statusOf(document: SpecDocument, schema: DocumentSchema | undefined): DocumentStatus | undefined {
  const lifecycle = schema?.status;
  if (!lifecycle) return undefined;
  const entry = document.metadata[lifecycle.field.toLowerCase()];
  const value = typeof entry?.value === 'string' ? entry.value.trim() : undefined;
  if (!value) return undefined;
  const compare = (text: string) => (lifecycle.caseSensitive ? text : text.toLowerCase());
  return { value, index: lifecycle.values.findIndex((candidate) => compare(candidate) === compare(value)), values: lifecycle.values };
}

/** Read the status the template's lifecycle is about (`**Status**:` under the title). */
export function readStatus(context: RuleContext<unknown>): DocumentStatus | undefined {
  return statusOf(context.document, context.schema);
}

/** True when the status is `status` or a later one in the lifecycle. */
export function isAtLeast(status: DocumentStatus | undefined, stage: string): boolean {
  if (!status || status.index === -1) return false;
  const stageIndex = status.values.indexOf(stage);
  return stageIndex !== -1 && status.index >= stageIndex;
}

/** True when the status is the lifecycle value `stage` (as the schema compares: case-sensitively for RFCs). */
export function isStatus(status: DocumentStatus | undefined, stage: string): boolean {
  return status !== undefined && status.index !== -1 && status.values[status.index] === stage;
}
