import type { SpecloomPlugin } from './plugin.js';
import type { Severity } from './rule.js';

export type RuleSetting = Severity | [Severity] | [Severity, unknown];

/** What a `specloom.config.*` file exports (through `defineConfig`). */
export interface SpecloomConfig {
  /** Package names (resolved from the config file's folder), paths, or plugin objects. */
  plugins?: Array<string | SpecloomPlugin>;
  /** Glob (relative to the config file) -> template id, or path of a template Markdown file to infer from. */
  templates?: Record<string, string>;
  rules?: Record<string, RuleSetting>;
  /** Globs of files never linted. */
  ignores?: string[];
  /** Shared settings every rule can read. */
  settings?: Record<string, unknown>;
}
