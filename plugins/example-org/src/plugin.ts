import { definePlugin } from '@specloom/core';
import { adrHtmlRenderer } from './renderers/adr-html.js';
import supersedeLinks from './rules/supersede-links.js';
import titleNumber from './rules/title-number.js';
import { adrTemplate } from './templates/adr.js';

export const exampleOrgPlugin = definePlugin({
  name: 'example-org',
  templates: [adrTemplate],
  rules: {
    'supersede-links': supersedeLinks,
    'title-number': titleNumber,
  },
  renderers: [adrHtmlRenderer],
});
