import { templateFromMarkdown, updateField, type SpecDocument, type TemplateDefinition } from '@specloom/core';
import { readTemplate } from '../template-source.js';
import { specIdFormat, specIdPattern } from './spec-id.js';

/** The template shows only `Draft`; this is the lifecycle teams actually move a feature spec through. */
export const featureStatuses = ['Draft', 'Review', 'Approved', 'Implemented', 'Deprecated', 'Superseded'];

export function detectFeature(document: SpecDocument): number {
  if (document.title?.parts.prefix === 'Feature Specification') return 1;
  return document.metadata['spec id'] && document.allSections.some((section) => section.title === 'Metadata') ? 0.8 : 0;
}

export const featureTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'feature',
  description: 'Feature specification with a SPEC-YYYY-MM-DD-NNN id and a Metadata list',
  ...readTemplate('feature-spec.md'),
  detect: detectFeature,
  refine(schema) {
    updateField(schema, 'Spec ID', { type: 'pattern', pattern: specIdPattern, format: specIdFormat });
    updateField(schema, 'Status', { type: 'enum', values: featureStatuses });
    updateField(schema, 'Issue', {
      type: 'pattern',
      pattern: '^(?:#\\d+|https?://\\S+)$',
      format: '#123 or an issue URL',
    });
    updateField(schema, 'Reviewers', { type: 'list' });
  },
});
