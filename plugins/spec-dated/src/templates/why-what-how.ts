import { templateFromMarkdown, updateField, type SpecDocument, type TemplateDefinition } from '@specloom/core';
import { readTemplate } from '../template-source.js';
import { specIdFormat, specIdPattern } from './spec-id.js';

const pillars = ['why', 'what', 'how'];

/** Why / What / How sections (each title starts with the word) plus an `**ID**: SPEC-…` line. */
export function detectWhyWhatHow(document: SpecDocument): number {
  const titles = document.allSections.filter((section) => section.level === 2).map((section) => section.title.toLowerCase());
  const hasPillars = pillars.every((word) => titles.some((title) => title === word || title.startsWith(`${word} `)));
  if (!hasPillars) return 0;
  return document.metadata.id ? 1 : 0.7;
}

export const whyWhatHowTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'why-what-how',
  description: 'Why / What / How specification with a SPEC-YYYY-MM-DD-NNN id under Overview',
  ...readTemplate('why-what-how-spec.md'),
  detect: detectWhyWhatHow,
  refine(schema) {
    updateField(schema, 'ID', { type: 'pattern', pattern: specIdPattern, format: specIdFormat });
  },
});
