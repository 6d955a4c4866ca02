import type { SpecDocument } from '@specloom/core';
import { headerValue } from './metadata.js';
import { normalizeLabel } from './text.js';

export interface ProductLine {
  /** As the template spells it: `Cross-Product`. */
  name: string;
  /** The spike ID initial: `X`. */
  initial: string;
}

/** Spike IDs start with the initial of the product line the spec belongs to. */
export const PRODUCT_LINES: readonly ProductLine[] = [
  { name: 'Station', initial: 'S' },
  { name: 'Grid', initial: 'G' },
  { name: 'Trace', initial: 'T' },
  { name: 'Cross-Product', initial: 'X' },
];

/** The product line named by the Product field, ignoring case and punctuation; undefined when it names none. */
export function productLine(document: SpecDocument): ProductLine | undefined {
  const product = headerValue(document, 'Product');
  if (!product) return undefined;
  const label = normalizeLabel(product.value);
  return PRODUCT_LINES.find((line) => normalizeLabel(line.name) === label);
}
