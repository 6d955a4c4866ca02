import {
  readTemplateFile,
  templateFromMarkdown,
  updateField,
  type DocumentSchema,
  type MetadataFieldSchema,
  type SectionSchema,
  type SpecDocument,
  type TemplateDefinition,
  type TemplateMatch,
} from '@specloom/core';
import { productIdFamilies } from './spike-family.js';
import { finishProductSpec } from './finish-product-spec.js';

/** Product specs open with `# Specification: …` and a blockquote header that names the Product. */
export function detectProduct(document: SpecDocument): TemplateMatch {
  if (document.title?.parts.prefix !== 'Specification') return { score: 0, evidence: [] };
  const evidence = ['H1 "Specification: …"'];
  if (document.metadata.product) return { score: 1, evidence: [...evidence, '`**Product**:` header field'] };
  if (!document.metadataEntries.some((entry) => entry.style === 'blockquote')) return { score: 0, evidence };
  return { score: 0.6, evidence: [...evidence, 'blockquote `> **Key**: value` header'] };
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
  schema.idFamilies = [...productIdFamilies];
  // Priority's level and label are checked together by product/priority (with better messages and the bare
  // `P1` form); as an enum the core rule would report the same value a second time. Its values stay for the
  // placeholder rule, which recognises the untouched `P0 Critical | P1 High | …` pick-list by them.
  updateField(schema, 'Priority', { type: 'string', format: 'P0 Critical | P1 High | P2 Medium | P3 Low' });
  // Teams adapt the template to their own products: `settings.products` replaces Station/Grid/Trace/Cross-Product.
  updateField(schema, 'Product', { valuesSetting: 'products' });
  addAliases(schema.sections);
  if (schema.status) {
    // The Commercialization Questions are yes/no questions: an unchecked box can be the answer "no", so no status
    // makes them mandatory. A spec is Implemented once its regression suite runs.
    schema.status.requires = [
      { checklist: 'Regression Suite', statuses: ['Implemented'], sections: ['Regression Suite', 'Regression Tests', 'Regression'] },
    ];
  }
  const known = new Set(schema.metadata.fields.map((field) => field.name.toLowerCase()));
  schema.metadata.fields.push(...optionalFields.filter((field) => !known.has(field.name.toLowerCase())));
  return schema;
}

export const productTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'product',
  description: 'Station / Grid / Trace product specification (blockquote header, numbered sections, spikes)',
  ...readTemplateFile(import.meta.url, 'templates/product-spec.md'),
  refine,
  detect: detectProduct,
  finishScaffold: finishProductSpec,
});
