export { rfcPlugin as default, rfcPlugin } from './plugin.js';
export { rfcTemplate, detectRfc } from './templates/rfc.js';
export { rfcHtmlRenderer, rfcJsonRenderer, rfcSummary, type RfcApproval, type RfcJson, type RfcRolloutStep, type RfcSummary } from './renderers/index.js';
