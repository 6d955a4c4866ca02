import type { SpecDocument } from './document.js';
import type { TemplateDefinition, SpecloomPlugin, Renderer } from './plugin.js';
import type { Rule, SeverityName } from './rule.js';
import type { LintResult } from './result.js';
import type { LimitsConfig } from './config.js';
import type { DeferredWorkspaceFile } from '../engine/create-lint-run.js';

/** A rule as loaded: its full id and the plugin it came from. */
export interface LoadedRule {
  id: string;
  plugin: string;
  rule: Rule;
}

export interface RuleSettingResolved {
  severity: Exclude<SeverityName, 'off'>;
  options: unknown;
}

/** Config after loading: plugins imported, templates compiled, rule settings validated. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or undefined for the zero-config default. */
  filePath?: string;
  /** Folder globs are relative to: the config file's folder, or the cwd. */
  rootDir: string;
  plugins: SpecloomPlugin[];
  templates: TemplateDefinition[];
  /** Config `templates` entries: files matching `glob` (relative to rootDir) use `templateId`. */
  templateGlobs: Array<{ glob: string; templateId: string }>;
  rules: LoadedRule[];
  /** Enabled rules only, by id. Rules not listed here are off. */
  ruleSettings: Map<string, RuleSettingResolved>;
  renderers: Renderer[];
  ignores: string[];
  settings: Record<string, unknown>;
  /** As configured; the engine fills in the defaults (`resolveLimits`). */
  limits?: LimitsConfig;
}

export interface LintOptions {
  /** Apply fixes: `lintTexts` returns the fixed text in `LintResult.output`; `lintFiles` also writes it, atomically. */
  fix?: boolean;
  /** ISO date used as "today" by date rules; defaults to the local date. */
  today?: string;
}

export interface LintTextInput {
  text: string;
  /** Used for template globs, relative link checks and messages. */
  filePath?: string;
}

/**
 * How a worker thread loads the same config as the main thread: plugin objects cannot cross threads, so the
 * worker imports the same config file and the same plugin modules itself.
 */
export interface WorkerConfigSource {
  cwd: string;
  /** As given to `loadConfig` (`--config`); undefined searches from `cwd` as the main thread did. */
  configFile?: string;
  /** Resolved module URLs whose default export is a built-in plugin, in the main thread's order. */
  pluginModules: string[];
}

export interface LintFilesOptions extends LintOptions {
  /** Threads that lint documents; default `os.availableParallelism()`. 1 lints on the calling thread. */
  concurrency?: number;
  /** How workers load the same config; without it (plugin objects given inline) the run uses one thread. */
  workerConfig?: WorkerConfigSource;
  /** With `fix`: fix in memory only (ESLint's `--fix-dry-run`); results carry `output`, no file is written. */
  dryRun?: boolean;
  /** Reuse per-file results of earlier runs; ignored with `fix`, whose output must come from a real run. */
  cache?: { location: string; version: string };
  /** Called as files finish the document phase. */
  onProgress?(done: number, total: number): void;
  /**
   * Skip the workspace phase and return each file's workspace facts instead (`workspaceFiles`), for a run over
   * part of the files (`lint --shard`); not with `fix`.
   */
  deferWorkspace?: boolean;
}

export interface LintFilesOutcome {
  /** One result per path, in the order given. */
  results: LintResult[];
  /** Things the user should know that are no finding in a file (corrupt cache, no workers). */
  notes: string[];
  /** Threads that linted documents (1 when the run stayed on the calling thread). */
  threads: number;
  /** Files whose document phase came from the cache. */
  cacheHits: number;
  /** With `deferWorkspace`: what the workspace phase needs of each file, in the order of `results`. */
  workspaceFiles?: DeferredWorkspaceFile[];
}

export interface Engine {
  readonly config: ResolvedConfig;
  /**
   * Parse a file's text into the document model and assign its template, within the config's `limits`: throws
   * `SpecParseError` (nested too deep, unparsable) or `TimeBudgetError` (over `limits.maxFileTimeMs`).
   */
  parse(input: LintTextInput): SpecDocument;
  /** Lint several texts as one workspace (workspace rules see all of them). */
  lintTexts(inputs: LintTextInput[], options?: LintOptions): LintResult[];
  /**
   * Read, lint (document + workspace phase) and optionally fix files (written atomically as soon as each is
   * fixed): the one way to lint files. Paths must be files. The document phase runs on `concurrency` threads once
   * enough files need it and `workerConfig` says how workers load the config, and comes from `cache` for files
   * unchanged since an earlier run.
   */
  lintFiles(paths: string[], options?: LintFilesOptions): Promise<LintFilesOutcome>;
}

export type { SpecloomPlugin };
