import { readTemplateFile, supersedeFields, templateFromMarkdown, updateField, type IdFamilySchema, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { nextRfcNumber } from './next-rfc-number.js';

/** `# SPEC 0007: Title`. */
export function detectRfc(document: SpecDocument): TemplateMatch {
  const numbered = document.title !== undefined && /^SPEC\s+\d+\s*:/.test(document.title.text);
  return numbered ? { score: 1, evidence: ['H1 "SPEC NNNN: …"'] } : { score: 0, evidence: [] };
}

/**
 * The RFC number in a title (`SPEC 0007`) or a relation field: unique across the workspace. Found loosely
 * (`SPEC 12`) so a malformed one is reported; `SPEC 0007-…` is a file name, not a number.
 */
export const rfcNumberFamily: IdFamilySchema = { name: 'rfc', pattern: 'SPEC \\d{4}', find: 'SPEC \\d+(?!-)', scope: 'workspace', sequential: false };

export const rfcTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'rfc',
  description: 'RFC-numbered specification (# SPEC NNNN: Title) with a decision and approvals',
  ...readTemplateFile(import.meta.url, 'templates/rfc-spec.md'),
  detect: detectRfc,
  // `specloom new rfc`: the next free RFC number, in the title and the file name (`0008-billing-webhooks.md`).
  nextId: nextRfcNumber,
  formatTitle: (title, id) => (id === undefined ? title : `SPEC ${id}: ${title}`),
  refine(schema) {
    schema.idFamilies = [rfcNumberFamily];
    updateField(schema, 'Status', { caseSensitive: true });
    updateField(schema, 'Reviewers', { type: 'handle-list' });
    // A deprecated or superseded RFC names its successor; its successor names it.
    schema.metadata.fields.push(...supersedeFields());
    // An approved RFC carries every sign-off: the approval boxes after `**Approval**:` (or under `## Approvals`).
    const approvals = ['Approval', 'Approvals', 'Sign-off', 'Sign-offs', 'Approvers'];
    if (schema.status) {
      schema.status.requires = [{ checklist: 'Approval', statuses: ['approved'], labels: approvals, sections: approvals }];
    }
  },
});
