export { designDocHtmlRenderer } from './design-doc-html.js';
export { designDocJsonRenderer } from './design-doc-json.js';
export {
  designDocSummary,
  type DesignDocChange,
  type DesignDocJson,
  type DesignDocSummary,
} from './design-doc-summary.js';
