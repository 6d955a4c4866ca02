import { readTemplateFile, templateFromMarkdown, updateField, type IdFamilySchema, type SpecDocument, type TemplateDefinition } from '@specloom/core';

/** `# ADR-0007: Title`: the only thing that makes a document an ADR. */
export function detectAdr(document: SpecDocument): number {
  return document.title && /^ADR-\d+\s*:/.test(document.title.text) ? 1 : 0;
}

/**
 * ADR numbers (`ADR-0007`): each names its decision, so one number in two files is a clash. Data only: core finds
 * them and its `id-unique-workspace` rule checks them. Found loosely (`ADR-7`) so `title-number` can report it.
 */
export const adrNumberFamily: IdFamilySchema = { name: 'adr', pattern: 'ADR-\\d{4}', find: 'ADR-\\d+', scope: 'workspace', sequential: false };

/**
 * The org's ADR template: inferred from `templates/adr.md` (sections, order, the status lifecycle, the
 * consequences table), then refined where the Markdown cannot say enough.
 */
export const adrTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'adr',
  description: 'Architecture decision record (# ADR-NNNN: Title) with a proposed → accepted → superseded lifecycle',
  ...readTemplateFile(import.meta.url, 'templates/adr.md'),
  detect: detectAdr,
  refine(schema) {
    // Statuses are proper nouns in ADR tooling: `accepted` is a slip, and the fix writes `Accepted`.
    updateField(schema, 'Status', { values: ['Proposed', 'Accepted', 'Superseded', 'Deprecated'] });
    // What a status requires, as data: core's `status-checklists` holds an Accepted ADR to its Confirmation list.
    schema.status!.requires = [{ checklist: 'Confirmation', statuses: ['Accepted'], sections: ['Confirmation'] }];
    schema.idFamilies = [adrNumberFamily];
    // The relation fields hold a Markdown link, present only when the relation exists.
    updateField(schema, 'Supersedes', { type: 'string', required: false, pattern: undefined, format: undefined });
    updateField(schema, 'Superseded By', { type: 'string', required: false, pattern: undefined, format: undefined });
    schema.title = { pattern: '^ADR-\\d+: .+$', example: 'ADR-0001: Use PostgreSQL for billing', required: true };
  },
});
