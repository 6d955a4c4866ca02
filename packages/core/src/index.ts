export type * from './types/index.js';
export { SpecloomConfigError } from './errors.js';

export { parseSpecDocument, type ParseSpecDocumentOptions } from './document/parse-spec-document.js';
export { findIds } from './document/extract-ids.js';
export { SpecParseError } from './document/spec-parse-error.js';
export { createMarkdownProcessor } from './document/markdown-processor.js';
export { pointAt, positionFromOffsets } from './document/positions.js';

export { inferSchema } from './schema/infer-schema.js';
export { templateFromMarkdown, updateField } from './schema/template-from-markdown.js';
export { sectionEvidence, type SectionEvidence } from './schema/section-evidence.js';
export { supersedeFields } from './schema/supersede-fields.js';

export { createEngine } from './engine/create-engine.js';
export { createTemplateAssigner, DETECT_THRESHOLD, type TemplateAssignment, type TemplateCandidate } from './engine/assign-template.js';
export { createParsedLintRun, type ParsedLintRun, type ParsedTextInput } from './engine/create-parsed-lint-run.js';
export { createIncrementalLintRun, type IncrementalLintRun } from './engine/create-incremental-lint-run.js';
export { applyFixes } from './engine/apply-fixes.js';
export { writeFileAtomic, type WriteFileAtomicOptions } from './engine/write-file-atomic.js';
export { WriteRefusedError, type WriteRefusalReason } from './engine/write-refusal.js';
export { removeTemporaryFilesSync } from './engine/temporary-files.js';
export { runEachWithinTime, runWithinTime, TimeBudgetError } from './engine/run-within-time.js';
export { resolveLimits, DEFAULT_MAX_FILE_TIME_MS, type Limits } from './engine/limits.js';
export { findFiles } from './engine/find-files.js';
export { resolveEnabledRules, rulesForTemplate, type EnabledRule, type EnabledRules } from './engine/resolve-enabled-rules.js';
export { checkDeferredWorkspace, type DeferredWorkspaceInput } from './engine/check-deferred-workspace.js';
export type { DeferredWorkspaceFile } from './engine/create-lint-run.js';
export { relocatePaths } from './engine/relocate-paths.js';
export { hashConfig, hashContent } from './engine/cache/hash-config.js';

export { defineConfig, definePlugin, defineRule } from './config/define.js';
export { findConfigFile, loadConfig } from './config/load-config.js';
export { resolveConfig } from './config/resolve-config.js';
export { createConfigIgnoreFilter } from './config/config-ignores.js';
export { ruleOptionsJsonSchema, type JsonSchemaObject } from './config/rule-options-json-schema.js';
export { CONFIG_SCHEMA_ID, configJsonSchema } from './config/config-json-schema.js';
export { ruleDocsUrlOf } from './config/rule-docs-url.js';

export { corePlugin, CORE_PLUGIN_NAME } from './rules/core-plugin.js';

export {
  lintFilesConcurrently,
  runLintWorker,
  PARALLEL_THRESHOLD,
  type ConcurrentLintOptions,
  type ConcurrentLintOutcome,
  type WorkerConfigSource,
} from './engine/parallel/index.js';

export * from './rule-helpers/index.js';
export { editDistance } from './config/closest-match.js';
export * from './authoring/index.js';
export * from './render/index.js';
