import { templateFromMarkdown, updateField, type SpecDocument, type TemplateDefinition } from '@specloom/core';
import { readTemplate } from '../template-source.js';

/** The template shows only `draft`; this is the whole lifecycle. */
export const designDocStatuses = ['draft', 'review', 'approved', 'implemented', 'deprecated', 'superseded'];

/** YAML front matter with `title` and `status` (and usually `version`). */
export function detectDesignDoc(document: SpecDocument): number {
  const data = document.frontMatter?.data;
  if (!data || !('title' in data) || !('status' in data)) return 0;
  return 'version' in data ? 1 : 0.8;
}

export const designDocTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'design-doc',
  description: 'Design document with YAML front matter (title, author, created, status, version, reviewers)',
  ...readTemplate('design-doc.md'),
  detect: detectDesignDoc,
  refine(schema) {
    updateField(schema, 'title', { type: 'string' });
    updateField(schema, 'author', { type: 'string' });
    updateField(schema, 'created', { type: 'date', format: 'YYYY-MM-DD' });
    updateField(schema, 'status', { type: 'enum', values: designDocStatuses, caseSensitive: true });
    updateField(schema, 'version', { type: 'pattern', pattern: '^\\d+\\.\\d+(?:\\.\\d+)?$', format: '1.0 or semver 1.2.3' });
    updateField(schema, 'reviewers', { type: 'list' });
    schema.metadata.fields.push({ name: 'template', type: 'string', required: false });
  },
});
