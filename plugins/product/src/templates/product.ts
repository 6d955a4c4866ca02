import {
  templateFromMarkdown,
  updateField,
  type DocumentSchema,
  type MetadataFieldSchema,
  type SectionSchema,
  type SpecDocument,
  type TemplateDefinition,
} from '@specloom/core';
import { readTemplate } from '../template-source.js';

/** Product specs open with `# Specification: …` and a blockquote header that names the Product. */
export function detectProduct(document: SpecDocument): number {
  if (document.title?.parts.prefix !== 'Specification') return 0;
  if (document.metadata.product) return 1;
  return document.metadataEntries.some((entry) => entry.style === 'blockquote') ? 0.6 : 0;
}

/** Other titles authors give the template's sections; the core section rules accept these too. */
const sectionAliases: Record<string, string[]> = {
  'Executive Summary': ['Summary'],
  'Non-Goals': ['Non Goals', 'Out of Scope'],
  'System Diagram': ['Architecture Diagram', 'Diagram'],
  'Spikes (Pre-Implementation Validation)': ['Spikes', 'Spikes (Pre-Implementation)', 'Pre-Implementation Spikes'],
  'Open Source & Commercialization Impact': [
    'Open Source and Commercialization Impact',
    'Open Source & Commercialisation Impact',
    'Open Source and Commercialisation Impact',
  ],
  'Dependency License Audit': ['Dependency Licence Audit', 'License Audit', 'Licence Audit'],
  'Commercialization Questions': ['Commercialisation Questions'],
  'Security & Risks': ['Security and Risks', 'Risks & Mitigations', 'Risks and Mitigations'],
  'Integration Considerations': ['Integration Tests'],
};

/** Header fields teams add to the template's five; known, optional and typed instead of "unknown". */
const optionalFields: MetadataFieldSchema[] = [
  { name: 'Last Updated', aliases: ['Updated'], type: 'date', required: false, format: 'YYYY-MM-DD', notBefore: 'Created' },
  { name: 'Reviewers', type: 'list', required: false },
  { name: 'Target Release', aliases: ['Target'], type: 'string', required: false },
  { name: 'Ticket', aliases: ['Jira', 'Epic', 'Issue'], type: 'string', required: false },
];

function addAliases(sections: SectionSchema[]): void {
  for (const section of sections) {
    const aliases = sectionAliases[section.title];
    if (aliases) section.aliases = [...(section.aliases ?? []), ...aliases];
    addAliases(section.children);
  }
}

function refine(schema: DocumentSchema): DocumentSchema {
  // Priority's level and label are checked together by product/priority (with better messages and the bare
  // `P1` form); as an enum the core rule would report the same value a second time. Its values stay for the
  // placeholder rule, which recognises the untouched `P0 Critical | P1 High | …` pick-list by them.
  updateField(schema, 'Priority', { type: 'string', format: 'P0 Critical | P1 High | P2 Medium | P3 Low' });
  addAliases(schema.sections);
  const known = new Set(schema.metadata.fields.map((field) => field.name.toLowerCase()));
  schema.metadata.fields.push(...optionalFields.filter((field) => !known.has(field.name.toLowerCase())));
  return schema;
}

export const productTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'product',
  description: 'Station / Grid / Trace product specification (blockquote header, numbered sections, spikes)',
  ...readTemplate('product-spec.md'),
  refine,
  detect: detectProduct,
});
