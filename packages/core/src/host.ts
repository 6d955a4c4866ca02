// The host API: what the CLI, the remark preset, the ESLint plugin and scripts need to load configs and run
// lints. Plugin authors import from `@specloom/core` instead (`./index.ts`).
export type {
  Engine,
  LintFilesOptions,
  LintFilesOutcome,
  LintOptions,
  LintTextInput,
  ResolvedConfig,
  LoadedRule,
  RuleSettingResolved,
  WorkerConfigSource,
} from './types/engine.js';
export { SpecloomConfigError } from './errors.js';

export { createEngine } from './engine/create-engine.js';
export { createHostLintRun, type HostLintRun, type HostLintInput } from './engine/host-lint-run.js';
export { createTemplateAssigner, DETECT_THRESHOLD, type TemplateAssignment, type TemplateCandidate } from './engine/assign-template.js';
export { PARALLEL_THRESHOLD } from './engine/lint-files.js';
export { runLintWorker } from './engine/parallel/lint-worker.js';
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
export { createMarkdownProcessor } from './document/markdown-processor.js';

export { findConfigFile, loadConfig } from './config/load-config.js';
export { resolveConfig } from './config/resolve-config.js';
export { createConfigIgnoreFilter } from './config/config-ignores.js';
export { ruleOptionsJsonSchema, type JsonSchemaObject } from './config/rule-options-json-schema.js';
export { CONFIG_SCHEMA_ID, configJsonSchema } from './config/config-json-schema.js';
export { ruleDocsUrlOf } from './config/rule-docs-url.js';
export { corePlugin, CORE_PLUGIN_NAME } from './rules/core-plugin.js';
export { inferSchema } from './schema/infer-schema.js';
export { writePrecomputedSchemas } from './schema/precomputed-schema.js';

// `specloom new`, `status` and `index`: IDs in use, status changes, the spec index and the core renderers.
export { slugifyTitle } from './authoring/slugify-title.js';
export { createUsedIdCollector, type UsedIdCollector } from './authoring/spec-ids.js';
export { addIdsFromGitBranches } from './authoring/git-ids.js';
export { checkStatusTransition, rewriteStatus, type StatusTransition, type StatusRewrite } from './authoring/status-transition.js';
export { htmlRenderer } from './render/html-page.js';
export { jsonRenderer } from './render/document-json.js';
export { coreRenderers, selectRenderer } from './render/select-renderer.js';
export {
  indexEntry,
  groupIndex,
  renderIndexMarkdown,
  renderIndexHtml,
  renderIndexJson,
  SPEC_INDEX_SCHEMA_ID,
  type IndexEntry,
  type IndexGroup,
} from './render/index-catalog.js';
