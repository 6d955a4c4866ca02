// What plugin authors build on: the types, the define helpers, template and rule helpers, renderer helpers.
// What hosts (the CLI, the remark preset, the ESLint plugin) need to run lints is in `./host.ts`.
export type * from './types/index.js';

export { defineConfig, definePlugin, defineRule } from './config/define.js';

export { parseSpecDocument, type ParseSpecDocumentOptions } from './document/parse-spec-document.js';
export { findIds } from './document/extract-ids.js';
export { SpecParseError } from './document/spec-parse-error.js';
export { pointAt, positionFromOffsets } from './document/positions.js';

export { templateFromMarkdown, updateField } from './schema/template-from-markdown.js';
export { sectionEvidence, type SectionEvidence } from './schema/section-evidence.js';
export { supersedeFields } from './schema/supersede-fields.js';

export * from './rule-helpers/index.js';
export { editDistance } from './config/closest-match.js';

// Template hooks: `nextId` and `scaffold`.
export { findGitRoot } from './authoring/git-ids.js';
export { scaffoldSpec, type ScaffoldValues } from './authoring/scaffold-spec.js';
export type { UsedIds } from './authoring/spec-ids.js';

// Renderer helpers.
export { documentFacts, metadataText, type DocumentFacts } from './render/document-facts.js';
export { escapeHtml } from './render/escape-html.js';
export { markdownToSafeHtml, type TocEntry } from './render/markdown-to-safe-html.js';
export { renderHtmlPage, renderHtmlTable, type HtmlPageOptions, type HeaderField, type HtmlTable } from './render/html-page.js';
export { documentToJson, SPEC_DOCUMENT_SCHEMA_ID, type SpecDocumentJson } from './render/document-json.js';

// Rule options are zod schemas: plugins take `z` from here, so a run loads the engine's one copy of zod.
export { z } from 'zod';
