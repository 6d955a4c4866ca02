import { readTemplateFile, templateFromMarkdown, updateField, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { hasSection, sectionSchema } from '../utils/spec-kit-sections.js';
import { PLAN } from '../utils/template-ids.js';

const planPath = /(?:^|[/\\])specs[/\\][^/\\]+[/\\]plan\.md$/;

/**
 * spec-kit's plan.md: the `Implementation Plan:` title with a `**Branch**` field, and its own sections
 * (`Technical Context`, `Constitution Check`). A title alone is any project's plan.
 */
export function detectSpecKitPlan(document: SpecDocument): TemplateMatch {
  const evidence: string[] = [];
  const titled = document.title?.parts.prefix === 'Implementation Plan';
  if (titled) evidence.push('H1 "Implementation Plan: …"');
  const branch = document.metadata['branch'] !== undefined;
  if (branch) evidence.push('`**Branch**` field');
  const context = hasSection(document, ['Technical Context']);
  if (context) evidence.push('`## Technical Context` section');
  const constitution = hasSection(document, ['Constitution Check']);
  if (constitution) evidence.push('`## Constitution Check` section');
  const inFolder = document.path !== undefined && planPath.test(document.path);
  if (inFolder) evidence.push('path `specs/<feature>/plan.md`');
  const own = Number(branch) + Number(context) + Number(constitution) + Number(inFolder);
  const score = own >= 2 && (titled || own >= 3) ? 1 : own >= 2 ? 0.6 : own === 1 && titled ? 0.4 : 0;
  return { score, evidence };
}

export const specKitPlanTemplate: TemplateDefinition = templateFromMarkdown({
  id: PLAN,
  description: 'GitHub spec-kit implementation plan (specs/NNN-feature/plan.md): technical context, constitution check, structure',
  ...readTemplateFile(import.meta.url, 'templates/plan-template.md'),
  detect: detectSpecKitPlan,
  refine(schema) {
    // `**Branch**: `014-x` | **Date**: … | **Spec**: …` is three fields on one line, not a pick-list.
    updateField(schema, 'Branch', { type: 'string', values: undefined, identifies: false });
    updateField(schema, 'Input', { type: 'string', required: false, pattern: undefined, format: undefined });
    schema.metadata.allowUnknown = true;
    schema.sections = [
      sectionSchema('Summary', { level: 2, required: true }),
      sectionSchema('Technical Context', { level: 2, required: true }),
      sectionSchema('Constitution Check', { level: 2, required: true }),
      sectionSchema('Project Structure', { level: 2, required: true }),
      sectionSchema('Complexity Tracking', { level: 2, required: false, markers: ['optional'] }),
    ];
  },
});
