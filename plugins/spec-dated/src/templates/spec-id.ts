import type { DocumentSchema, IdFamilySchema, UsedIds } from '@specloom/core';

/** `SPEC-2025-01-31-002`: a calendar date and a zero-padded three-digit number. */
export const specIdPattern = '^SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}$';
export const specIdFormat = 'SPEC-YYYY-MM-DD-NNN';

/** The Spec ID family: one definition per file, unique across the workspace (core `id-unique-workspace`). */
export const specIdFamily: IdFamilySchema = {
  name: 'spec',
  pattern: 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}',
  // Loose, so `spec-dated/spec-id` can report a malformed one (`SPEC-2025-1-5-1`).
  find: 'SPEC-\\d+-\\d+-\\d+-\\d+',
  scope: 'workspace',
  sequential: false,
};

/**
 * Describe the Spec ID field of a dated template. The field keeps its format for messages and scaffolding but
 * no `pattern`: the plugin's `spec-dated/spec-id` rule checks the value (calendar date, Created, fixes for
 * zero-padding), and the core `metadata-pattern` rule would report the same defect a second time without a fix.
 */
export function refineSpecId(schema: DocumentSchema, fieldName: string): void {
  const field = schema.metadata.fields.find((candidate) => candidate.name.toLowerCase() === fieldName.toLowerCase());
  if (!field) throw new Error(`Template "${schema.id}" has no metadata field "${fieldName}".`);
  field.type = 'pattern';
  field.format = specIdFormat;
  delete field.pattern;
  const families = (schema.idFamilies ??= []);
  if (!families.some((family) => family.name === specIdFamily.name)) families.push({ ...specIdFamily });
}

/**
 * `specloom new`: `SPEC-<today>-NNN`, NNN one above the highest Spec ID taken on that day (gaps are left alone:
 * a missing number may be work in flight).
 */
export function nextSpecId(used: UsedIds, today: string): string {
  const prefix = `SPEC-${today}-`;
  let highest = 0;
  for (const id of used.ids) {
    if (id.startsWith(prefix) && /^\d{3}$/u.test(id.slice(prefix.length))) highest = Math.max(highest, Number(id.slice(prefix.length)));
  }
  if (highest >= 999) throw new RangeError(`Unexpected more than 999 specs dated ${today}, expected three digits`);
  return `${prefix}${String(highest + 1).padStart(3, '0')}`;
}
