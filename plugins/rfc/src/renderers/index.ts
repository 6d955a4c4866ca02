export { rfcHtmlRenderer } from './rfc-html.js';
export { rfcJsonRenderer } from './rfc-json.js';
export { rfcSummary, type RfcApproval, type RfcJson, type RfcRolloutStep, type RfcSummary } from './rfc-summary.js';
