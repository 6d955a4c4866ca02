import type { SpecloomPlugin } from '@specloom/core';
import { featureTemplate } from './templates/feature.js';
import { whyWhatHowTemplate } from './templates/why-what-how.js';

export const specDatedPlugin: SpecloomPlugin = {
  name: 'spec-dated',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/spec-dated/src/rules',
  templates: [featureTemplate, whyWhatHowTemplate],
  rules: {},
};
