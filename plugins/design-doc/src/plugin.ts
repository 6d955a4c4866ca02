import type { SpecloomPlugin } from '@specloom/core';
import alternatives from './rules/alternatives.js';
import changeLog from './rules/change-log.js';
import frontMatter from './rules/front-matter.js';
import glossary from './rules/glossary.js';
import nfrCategory from './rules/nfr-category.js';
import performanceTargets from './rules/performance-targets.js';
import requirementKeyword from './rules/requirement-keyword.js';
import timelineOrder from './rules/timeline-order.js';
import { designDocHtmlRenderer, designDocJsonRenderer } from './renderers/index.js';
import { designDocTemplate } from './templates/design-doc.js';

export const designDocPlugin: SpecloomPlugin = {
  name: 'design-doc',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/design-doc/src/rules',
  templates: [designDocTemplate],
  rules: {
    'front-matter': frontMatter,
    'requirement-keyword': requirementKeyword,
    'nfr-category': nfrCategory,
    'performance-targets': performanceTargets,
    'timeline-order': timelineOrder,
    'change-log': changeLog,
    glossary,
    alternatives,
  },
  renderers: [designDocHtmlRenderer, designDocJsonRenderer],
};
