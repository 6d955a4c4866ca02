import { documentToJson, type Renderer } from '@specloom/core';
import { rfcSummary } from './rfc-summary.js';

/** Core's document JSON plus an `rfc` block: number, decision, approvals, compatibility, reviewers, rollout. */
export const rfcJsonRenderer: Renderer = {
  format: 'json',
  templates: ['rfc'],
  render(document, context) {
    const json = { ...documentToJson(document, context), rfc: rfcSummary(document, context).json };
    return `${JSON.stringify(json, null, 2)}\n`;
  },
};
