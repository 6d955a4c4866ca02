export { exampleOrgPlugin as default, exampleOrgPlugin } from './plugin.js';
export { adrTemplate, detectAdr } from './templates/adr.js';
export { adrHtmlRenderer } from './renderers/adr-html.js';
