import { readTemplateFile, templateFromMarkdown, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { readDeltaSpec } from '../utils/delta-spec.js';
import { openSpecLocation } from '../utils/openspec-paths.js';
import { DELTA_SPEC } from '../utils/template-ids.js';

/** `## ADDED|MODIFIED|REMOVED|RENAMED Requirements` sections, or a Markdown file under a change's `specs/` folder. */
export function detectDeltaSpec(document: SpecDocument): TemplateMatch {
  const evidence: string[] = [];
  const location = openSpecLocation(document.path);
  if (location?.kind === 'delta-spec') evidence.push('path `openspec/changes/<change>/specs/…`');
  // Outside an openspec/ tree, a document without a delta header line is no delta: no need to read it.
  if (location === undefined && !/^##[ \t]+(?:ADDED|MODIFIED|REMOVED|RENAMED)[ \t]+Requirements[ \t]*$/im.test(document.text)) return { score: 0, evidence };
  const delta = readDeltaSpec(document);
  if (delta.sections.length > 0) evidence.push(`delta sections: ${[...new Set(delta.sections.map(({ operation }) => `## ${operation} Requirements`))].join(', ')}`);
  const requirements = delta.added.length + delta.modified.length + delta.removed.length + delta.renamed.length;
  if (requirements > 0) evidence.push(`${requirements} requirement entries`);
  if (location?.kind === 'delta-spec') return { score: 1, evidence };
  if (location?.kind === 'capability-spec') return { score: 0, evidence };
  return { score: delta.sections.length === 0 ? 0 : requirements > 0 ? 1 : 0.6, evidence };
}

export const deltaSpecTemplate: TemplateDefinition = templateFromMarkdown({
  id: DELTA_SPEC,
  description: 'OpenSpec delta spec (openspec/changes/<change>/specs/<capability>/spec.md): ADDED, MODIFIED, REMOVED and RENAMED requirements',
  ...readTemplateFile(import.meta.url, 'templates/delta-spec.md'),
  detect: detectDeltaSpec,
  refine(schema) {
    // Any of the four sections will do, in any order (OpenSpec reads them so): openspec/delta-sections requires at
    // least one, and core's section order would report an order OpenSpec does not ask for.
    schema.sections = [];
    schema.title = { ...schema.title, required: false };
  },
});
