import { templateFromMarkdown, updateField, type SpecDocument, type TemplateDefinition } from '@specloom/core';
import { readTemplate } from '../template-source.js';

/** `# SPEC 0007: Title`. */
export function detectRfc(document: SpecDocument): number {
  return document.title && /^SPEC\s+\d+\s*:/.test(document.title.text) ? 1 : 0;
}

export const rfcTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'rfc',
  description: 'RFC-numbered specification (# SPEC NNNN: Title) with a decision and approvals',
  ...readTemplate('rfc-spec.md'),
  detect: detectRfc,
  refine(schema) {
    updateField(schema, 'Status', { caseSensitive: true });
    updateField(schema, 'Reviewers', { type: 'handle-list' });
  },
});
