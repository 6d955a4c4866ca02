import type { SpecDocument } from './document.js';
import type { TemplateDefinition, SpecloomPlugin, Renderer } from './plugin.js';
import type { Rule, SeverityName } from './rule.js';
import type { LintResult } from './result.js';
import type { LimitsConfig } from './config.js';

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

export interface Engine {
  readonly config: ResolvedConfig;
  /**
   * Parse a file's text into the document model and assign its template, within the config's `limits`: throws
   * `SpecParseError` (nested too deep, unparsable) or `TimeBudgetError` (over `limits.maxFileTimeMs`).
   */
  parse(input: LintTextInput): SpecDocument;
  /** Lint several texts as one workspace (workspace rules see all of them). */
  lintTexts(inputs: LintTextInput[], options?: LintOptions): LintResult[];
  /** Read, lint (document + workspace phase) and optionally fix files. Paths must be files. */
  lintFiles(paths: string[], options?: LintOptions): Promise<LintResult[]>;
}

export type { SpecloomPlugin };
