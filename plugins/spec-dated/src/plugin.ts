import type { SpecloomPlugin } from '@specloom/core';
import {
  acceptanceCriteria,
  decisionChoice,
  idSequence,
  nfrTarget,
  requirementKeyword,
  specId,
  testCaseFields,
  timelineOrder,
} from './rules/index.js';
import {
  specDatedHtmlRenderer,
  specDatedJsonRenderer,
  traceabilityHtmlRenderer,
  traceabilityMarkdownRenderer,
} from './renderers/index.js';
import { featureTemplate } from './templates/feature.js';
import { whyWhatHowTemplate } from './templates/why-what-how.js';

export const specDatedPlugin: SpecloomPlugin = {
  name: 'spec-dated',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/spec-dated/src/rules',
  templates: [featureTemplate, whyWhatHowTemplate],
  rules: {
    'spec-id': specId,
    'id-sequence': idSequence,
    'requirement-keyword': requirementKeyword,
    'nfr-target': nfrTarget,
    'acceptance-criteria': acceptanceCriteria,
    'test-case-fields': testCaseFields,
    'decision-choice': decisionChoice,
    'timeline-order': timelineOrder,
  },
  renderers: [specDatedHtmlRenderer, specDatedJsonRenderer, traceabilityMarkdownRenderer, traceabilityHtmlRenderer],
};
