import type { SpecloomPlugin } from '@specloom/core';
import { designDocTemplate } from './templates/design-doc.js';

export const designDocPlugin: SpecloomPlugin = {
  name: 'design-doc',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/design-doc/src/rules',
  templates: [designDocTemplate],
  rules: {},
};
