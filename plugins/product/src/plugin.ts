import type { SpecloomPlugin } from '@specloom/core';
import {
  licenseSpdx,
  licenseVerdict,
  owner,
  priority,
  spikeEffort,
  spikeFilled,
  spikeId,
  unitTestsTable,
} from './rules/index.js';
import { productHtmlRenderer, productJsonRenderer } from './renderers/index.js';
import { productTemplate } from './templates/product.js';

export const productPlugin: SpecloomPlugin = {
  name: 'product',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/product/src/rules',
  templates: [productTemplate],
  rules: {
    priority,
    owner,
    'spike-id': spikeId,
    'spike-effort': spikeEffort,
    'spike-filled': spikeFilled,
    'license-spdx': licenseSpdx,
    'license-verdict': licenseVerdict,
    'unit-tests-table': unitTestsTable,
  },
  renderers: [productHtmlRenderer, productJsonRenderer],
};
