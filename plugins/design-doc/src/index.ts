export { designDocPlugin as default, designDocPlugin } from './plugin.js';
export { designDocTemplate, designDocStatuses, detectDesignDoc } from './templates/design-doc.js';
export { frontMatterSchema, frontMatterSchemaPath } from './front-matter-schema.js';
export {
  designDocHtmlRenderer,
  designDocJsonRenderer,
  designDocSummary,
  type DesignDocChange,
  type DesignDocJson,
  type DesignDocSummary,
} from './renderers/index.js';
