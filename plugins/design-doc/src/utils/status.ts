import type { RuleContext } from '@specloom/core';

/** The document's status and its place in the template's lifecycle (`index` is -1 for a value not in it). */
export interface DocumentStatus {
  value: string;
  index: number;
  values: string[];
}

/** Read the status the template's lifecycle is about (`status` in the front matter). */
export function readStatus(context: RuleContext<unknown>): DocumentStatus | undefined {
  const lifecycle = context.schema?.status;
  if (!lifecycle) return undefined;
  const entry = context.document.metadata[lifecycle.field.toLowerCase()];
  const value = typeof entry?.value === 'string' ? entry.value.trim() : undefined;
  if (!value) return undefined;
  const compare = (text: string) => (lifecycle.caseSensitive ? text : text.toLowerCase());
  return { value, index: lifecycle.values.findIndex((candidate) => compare(candidate) === compare(value)), values: lifecycle.values };
}

