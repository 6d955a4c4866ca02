import { readTemplateFile, supersedeFields, templateFromMarkdown, updateField, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { nonFunctionalAliases, riskAliases, riskScale } from './section-aliases.js';
import { functionalFamily, nonFunctionalFamily } from './id-families.js';
import { nextSpecId, refineSpecId } from './spec-id.js';
import { updateSection } from './update-section.js';

/** The template shows only `Draft`; this is the lifecycle teams actually move a feature spec through. */
export const featureStatuses = ['Draft', 'Review', 'Approved', 'Implemented', 'Deprecated', 'Superseded'];

/**
 * `# Feature Specification: …` is a title other formats share (GitHub spec-kit's spec.md starts the same way), so
 * it counts only with evidence of this template's own: its `Spec ID` field or its `## Metadata` list.
 */
export function detectFeature(document: SpecDocument): TemplateMatch {
  const evidence: string[] = [];
  const titled = document.title?.parts.prefix === 'Feature Specification';
  if (titled) evidence.push('H1 "Feature Specification: …"');
  const specId = document.metadata['spec id'];
  const hasSpecId = typeof specId?.value === 'string' && /^SPEC-/i.test(specId.value.trim());
  if (hasSpecId) evidence.push('`Spec ID: SPEC-…` field');
  const hasMetadata = document.allSections.some((section) => section.level === 2 && section.title.toLowerCase() === 'metadata');
  if (hasMetadata) evidence.push('`## Metadata` section');
  const own = Number(hasSpecId) + Number(hasMetadata);
  return { score: titled ? (own > 0 ? 1 : 0.3) : own === 2 ? 0.8 : 0, evidence };
}

export const featureTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'feature',
  description: 'Feature specification with a SPEC-YYYY-MM-DD-NNN id and a Metadata list',
  ...readTemplateFile(import.meta.url, 'templates/feature-spec.md'),
  detect: detectFeature,
  // `specloom new`: the next free dated Spec ID of today, also the file name's prefix.
  nextId: nextSpecId,
  refine(schema) {
    schema.idFamilies = [functionalFamily, nonFunctionalFamily];
    refineSpecId(schema, 'Spec ID');
    updateField(schema, 'Status', { type: 'enum', values: featureStatuses });
    // Approval means the review happened: every review step is done from Approved on. Tasks and requirements
    // may stay open until the work is done, so they are not held to a status.
    if (schema.status) {
      schema.status.requires = [
        { checklist: 'Review Checklist', statuses: ['Approved', 'Implemented'], sections: ['Review Checklist'] },
      ];
    }
    // `#123`, `owner/repo#123` or an issue URL; several issues separated by commas.
    const issue = '(?:(?:[\\w.-]+/[\\w.-]+)?#\\d+|https?://\\S+)';
    updateField(schema, 'Issue', {
      type: 'pattern',
      pattern: `^${issue}(?:\\s*,\\s*${issue})*$`,
      format: '#123 or an issue URL',
    });
    updateField(schema, 'Reviewers', { type: 'list' });
    schema.metadata.fields.push(...supersedeFields());
    // Headings real authors write for the same sections.
    updateSection(schema, ['Executive Summary'], { aliases: ['Summary'] });
    updateSection(schema, ['Problem Statement'], { aliases: ['Problem'] });
    updateSection(schema, ['Proposed Solution'], { aliases: ['Solution'] });
    updateSection(schema, ['Proposed Solution', 'Architecture Changes'], { aliases: ['Architecture'] });
    updateSection(schema, ['Proposed Solution', 'Data Model Changes'], {
      aliases: ['Data Model', 'Data Model and API Changes', 'Schema Changes'],
    });
    updateSection(schema, ['Success Criteria', 'Non-Functional Requirements'], { aliases: nonFunctionalAliases });
    updateSection(schema, ['Testing Strategy', 'Unit Tests'], { aliases: ['Unit Testing'] });
    updateSection(schema, ['Testing Strategy', 'Integration Tests'], { aliases: ['Integration Testing'] });
    updateSection(schema, ['Testing Strategy', 'E2E Tests'], {
      aliases: ['End-to-End Tests', 'End to End Tests', 'E2E Testing', 'End-to-End Testing'],
    });
    schema.tableValues = [riskScale];
    updateSection(schema, ['Risk Assessment'], { aliases: riskAliases });
    // "[Any additional notes, open questions, or considerations]": a spec with nothing to add leaves it out.
    updateSection(schema, ['Notes'], { required: false });
  },
});
