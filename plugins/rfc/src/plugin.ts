import type { SpecloomPlugin } from '@specloom/core';
import { rfcTemplate } from './templates/rfc.js';

export const rfcPlugin: SpecloomPlugin = {
  name: 'rfc',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/rfc/src/rules',
  templates: [rfcTemplate],
  rules: {},
};
