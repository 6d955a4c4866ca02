import { parseSpecDocument } from '@specloom/core';
import { spikeInitials } from './spike-initials.js';

/**
 * `specloom new product --product Grid`: the Product field gets the product (the template offers a pick-list), and
 * the spike IDs its initial.
 */
export function finishProductSpec(text: string, values: { product?: string; settings: Record<string, unknown> }): string {
  return spikeInitials(fillProduct(text, values.product), values);
}

function fillProduct(text: string, product: string | undefined): string {
  if (product === undefined) return text;
  const field = parseSpecDocument(text).metadata.product;
  if (!field) return text;
  return text.slice(0, field.valuePosition.start.offset) + product + text.slice(field.valuePosition.end.offset);
}
