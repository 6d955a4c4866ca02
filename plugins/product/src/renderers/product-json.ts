import { documentToJson, type Renderer } from '@specloom/core';
import { productTemplate } from '../templates/product.js';
import { readProductData } from './product-data.js';

/**
 * Core's document JSON plus a `product` block: the product line, the priority as level and label, the spikes
 * and the license audit as data (hours as numbers, SPDX ids, assessments, source lines).
 */
export const productJsonRenderer: Renderer = {
  format: 'json',
  templates: [productTemplate.id],
  render(document, context) {
    const product = readProductData(document, context.template?.schema ?? productTemplate.schema, context.settings);
    return `${JSON.stringify({ ...documentToJson(document, context), product }, null, 2)}\n`;
  },
};
