import type { SpecDocument } from '../../types/document.js';
import type { DocumentSchema } from '../../types/schema.js';
import { scalarText } from './metadata.js';
import { normalizeName } from './normalize.js';

/** The document's status as written, and its place in the template's lifecycle (-1 when not a lifecycle value). */
export interface DocumentStatus {
  value: string;
  index: number;
}

/** Read the status field the schema names (`schema.status.field`), if the document has one. */
export function readStatus(document: SpecDocument, schema: DocumentSchema): DocumentStatus | undefined {
  if (!schema.status) return undefined;
  const entry = document.metadata[normalizeName(schema.status.field)];
  const value = entry ? scalarText(entry) : undefined;
  if (value === undefined || value === '') return undefined;
  const compare = (text: string) => (schema.status?.caseSensitive ? text.trim() : text.trim().toLowerCase());
  const index = schema.status.values.findIndex((candidate) => compare(candidate) === compare(value));
  return { value, index };
}

/** True when the document is at the first stage of its lifecycle (Draft), where unfinished text is expected. */
export function isFirstStatus(document: SpecDocument, schema: DocumentSchema): boolean {
  return readStatus(document, schema)?.index === 0;
}
