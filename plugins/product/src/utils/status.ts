import type { DocumentSchema, SpecDocument } from '@specloom/core';
import { headerValue } from './metadata.js';

/** The product lifecycle, in order (the template's Status values). */
export const PRODUCT_LIFECYCLE = ['Draft', 'Approved', 'In Progress', 'Implemented', 'Archived'] as const;

const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The document's Status as the lifecycle spells it (`in progress` -> `In Progress`), or undefined when the
 * status is missing or not a lifecycle value (an unknown status is the core `metadata-enum` rule's finding).
 */
export function lifecycleStatus(document: SpecDocument, schema: DocumentSchema | undefined): string | undefined {
  const field = schema?.status?.field ?? 'Status';
  const values = schema?.status?.values ?? PRODUCT_LIFECYCLE;
  const status = headerValue(document, field);
  if (!status) return undefined;
  return values.find((value) => comparable(value) === comparable(status.value));
}
