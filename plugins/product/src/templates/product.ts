import { templateFromMarkdown, type SpecDocument, type TemplateDefinition } from '@specloom/core';
import { readTemplate } from '../template-source.js';

/** Product specs open with `# Specification: …` and a blockquote header that names the Product. */
export function detectProduct(document: SpecDocument): number {
  if (document.title?.parts.prefix !== 'Specification') return 0;
  if (document.metadata.product) return 1;
  return document.metadataEntries.some((entry) => entry.style === 'blockquote') ? 0.6 : 0;
}

export const productTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'product',
  description: 'Station / Grid / Trace product specification (blockquote header, numbered sections, spikes)',
  ...readTemplate('product-spec.md'),
  detect: detectProduct,
});
