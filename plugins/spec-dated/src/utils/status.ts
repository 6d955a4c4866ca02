import type { RuleContext } from '@specloom/core';

/** The document's status value as written, if the schema has a status field and the document fills it. */
export function statusOf(context: RuleContext): string | undefined {
  const field = context.schema?.status?.field;
  if (!field) return undefined;
  const entry = context.document.metadata[field.toLowerCase()];
  return typeof entry?.value === 'string' && entry.value.trim() !== '' ? entry.value.trim() : undefined;
}

/** True at the first stage of the lifecycle (Draft), where unfinished text is a warning, not an error. */
export function isFirstStatus(context: RuleContext): boolean {
  const status = statusOf(context);
  const first = context.schema?.status?.values[0];
  return status !== undefined && first !== undefined && status.toLowerCase() === first.toLowerCase();
}
