import { documentToJson, type Renderer } from '@specloom/core';
import { designDocSummary } from './design-doc-summary.js';

/** Core's document JSON plus a `designDoc` block: version, front matter as written, change log, reviewers. */
export const designDocJsonRenderer: Renderer = {
  format: 'json',
  templates: ['design-doc'],
  render(document, context) {
    const json = { ...documentToJson(document, context), designDoc: designDocSummary(document, context).json };
    return `${JSON.stringify(json, null, 2)}\n`;
  },
};
