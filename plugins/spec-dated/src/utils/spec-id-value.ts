import type { DocumentSchema, MetadataField, SpecDocument } from '@specloom/core';
import { isoDateOf } from '@specloom/core';
import { specIdFormat } from '../templates/spec-id.js';

/** `SPEC-2025-01-31-002`. */
export const strictSpecId = /^SPEC-(\d{4})-(\d{2})-(\d{2})-(\d{3})$/;
/** Template text such as `SPEC-[YYYY-MM-DD]-[NUMBER]`: the placeholder rule reports it. */
export const specIdSlot = /\[[^\]]*\]|YYYY|NNN/;

/**
 * The metadata entry holding the Spec ID: the schema field with the Spec ID format (`Spec ID` for feature, `ID`
 * for why/what/how) under its name or an alias; without a schema (a renderer given no template), either key.
 */
export function specIdEntry(document: SpecDocument, schema: DocumentSchema | undefined): MetadataField | undefined {
  const field = schema?.metadata.fields.find((candidate) => candidate.format === specIdFormat);
  const names = schema ? (field ? [field.name, ...(field.aliases ?? [])] : []) : ['Spec ID', 'ID'];
  for (const name of names) {
    const entry = document.metadata[name.toLowerCase()];
    if (entry) return entry;
  }
  return undefined;
}

/** The Spec ID as written, or undefined when it is missing, empty or still template text. */
export function specIdValue(entry: MetadataField | undefined): string | undefined {
  const value = typeof entry?.value === 'string' ? entry.value.trim() : '';
  return value === '' || specIdSlot.test(value) ? undefined : value;
}

/** The date a well-formed Spec ID carries (`SPEC-2026-03-09-001` -> `2026-03-09`), when it is a real date. */
export function specIdDate(value: string | undefined): string | undefined {
  const strict = value === undefined ? null : strictSpecId.exec(value);
  return strict ? isoDateOf(`${strict[1]}-${strict[2]}-${strict[3]}`, { isoOnly: true }) : undefined;
}
