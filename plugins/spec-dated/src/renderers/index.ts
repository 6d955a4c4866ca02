export { specDatedHtmlRenderer } from './spec-html.js';
export { specDatedJsonRenderer, specDatedJson, type SpecDatedBlock, type SpecDatedJson } from './spec-json.js';
export { traceabilityHtmlRenderer } from './traceability-html.js';
export { traceabilityMarkdownRenderer } from './traceability-markdown.js';
