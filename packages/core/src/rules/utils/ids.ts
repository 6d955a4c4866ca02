import type { IdOccurrence, SpecDocument } from '../../types/document.js';
import type { DocumentSchema, IdFamilySchema } from '../../types/schema.js';

/**
 * The document's ID occurrences of the families the schema lists with `scope`
 * (family names compare case-insensitively: `req` = `REQ`).
 */
export function idsInScope(
  document: SpecDocument,
  schema: DocumentSchema,
  scope: IdFamilySchema['scope'] | 'any',
): IdOccurrence[] {
  const families = new Set(
    (schema.idFamilies ?? [])
      .filter((family) => scope === 'any' || family.scope === scope)
      .map((family) => family.name.toLowerCase()),
  );
  if (families.size === 0) return [];
  return document.ids.filter((occurrence) => families.has(occurrence.family.toLowerCase()));
}
