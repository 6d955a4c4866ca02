import type { SpecloomPlugin } from '@specloom/core';
import { productTemplate } from './templates/product.js';

export const productPlugin: SpecloomPlugin = {
  name: 'product',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/product/src/rules',
  templates: [productTemplate],
  rules: {},
};
