import { findIds, parseSpecDocument } from '@specloom/core';
import { productLines } from '../utils/product-line.js';
import { productIdFamilies } from './spike-family.js';

/**
 * A new product spec's spike IDs take its product's initial (`G-001` in a Grid spec; `RA-001` for a product line
 * `settings.products` names): the template writes them with Station's `S`.
 */
export function spikeInitials(text: string, values: { product?: string; settings: Record<string, unknown> }): string {
  const product = values.product?.trim().toLowerCase();
  const line = product === undefined ? undefined : productLines(values.settings).find((candidate) => candidate.name.toLowerCase() === product);
  if (!line) return text;
  const document = parseSpecDocument(text);
  const spikes = findIds(document, productIdFamilies)
    .filter((occurrence) => occurrence.kind === 'definition')
    .sort((left, right) => right.position.start.offset - left.position.start.offset);
  let output = text;
  for (const { id, position } of spikes) {
    const number = id.slice(id.indexOf('-'));
    output = output.slice(0, position.start.offset) + line.initial + number + output.slice(position.end.offset);
  }
  return output;
}
