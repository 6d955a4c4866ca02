export { documentFacts, metadataText, type DocumentFacts } from './document-facts.js';
export { escapeHtml } from './escape-html.js';
export { markdownToSafeHtml, type TocEntry } from './markdown-to-safe-html.js';
export { renderHtmlPage, renderHtmlTable, htmlRenderer, type HtmlPageOptions, type HeaderField, type HtmlTable } from './html-page.js';
export { documentToJson, jsonRenderer, SPEC_DOCUMENT_SCHEMA_ID, type SpecDocumentJson } from './document-json.js';
export { coreRenderers, selectRenderer } from './select-renderer.js';
export {
  indexEntry,
  groupIndex,
  renderIndexMarkdown,
  renderIndexHtml,
  renderIndexJson,
  SPEC_INDEX_SCHEMA_ID,
  type IndexEntry,
  type IndexGroup,
} from './index-catalog.js';
