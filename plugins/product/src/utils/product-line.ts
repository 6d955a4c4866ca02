import type { SpecDocument } from '@specloom/core';
import { headerValue } from './metadata.js';
import { normalizeLabel } from './text.js';

export interface ProductLine {
  /** As the template (or config) spells it: `Cross-Product`. */
  name: string;
  /** The spike ID initial, 1 to 4 capital letters: `X`, `RA`. */
  initial: string;
}

/** The template's product lines: the zero-config default, replaced by `settings.products`. */
export const DEFAULT_PRODUCT_LINES: readonly ProductLine[] = [
  { name: 'Station', initial: 'S' },
  { name: 'Grid', initial: 'G' },
  { name: 'Trace', initial: 'T' },
  { name: 'Cross-Product', initial: 'X' },
];

/** The product lines in force: `settings.products` (`{ "Remote Antigravity": "RA" }`) when set, else the template's. */
export function productLines(settings: Record<string, unknown> | undefined): readonly ProductLine[] {
  const configured = settings?.products;
  if (!configured || typeof configured !== 'object' || Array.isArray(configured)) return DEFAULT_PRODUCT_LINES;
  return Object.entries(configured)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, initial]) => ({ name, initial }));
}

/** The product line named by the Product field, ignoring case and punctuation; undefined when it names none. */
export function productLine(document: SpecDocument, settings: Record<string, unknown> | undefined): ProductLine | undefined {
  const product = headerValue(document, 'Product');
  if (!product) return undefined;
  const label = normalizeLabel(product.value);
  return productLines(settings).find((line) => normalizeLabel(line.name) === label);
}
