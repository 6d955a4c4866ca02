import type { SpecloomPlugin } from '@specloom/core';
import actionItems from './rules/action-items.js';
import backwardsCompatibility from './rules/backwards-compatibility.js';
import decisionSingle from './rules/decision-single.js';
import decisionStatus from './rules/decision-status.js';
import endpoint from './rules/endpoint.js';
import fileNameNumber from './rules/file-name-number.js';
import jsonValid from './rules/json-valid.js';
import reviewerHandles from './rules/reviewer-handles.js';
import rolloutPercentages from './rules/rollout-percentages.js';
import sloMetrics from './rules/slo-metrics.js';
import statusCodes from './rules/status-codes.js';
import titleNumber from './rules/title-number.js';
import { rfcHtmlRenderer, rfcJsonRenderer } from './renderers/index.js';
import { rfcTemplate } from './templates/rfc.js';

export const rfcPlugin: SpecloomPlugin = {
  name: 'rfc',
  docsUrl: 'https://github.com/specloom/specloom/blob/main/plugins/rfc/src/rules',
  templates: [rfcTemplate],
  rules: {
    'title-number': titleNumber,
    'file-name-number': fileNameNumber,
    'reviewer-handles': reviewerHandles,
    'backwards-compatibility': backwardsCompatibility,
    'decision-single': decisionSingle,
    'decision-status': decisionStatus,
    'json-valid': jsonValid,
    'status-codes': statusCodes,
    endpoint,
    'rollout-percentages': rolloutPercentages,
    'slo-metrics': sloMetrics,
    'action-items': actionItems,
  },
  renderers: [rfcHtmlRenderer, rfcJsonRenderer],
};
