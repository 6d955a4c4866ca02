import type { SpecloomPlugin } from './plugin.js';
import type { Severity } from './rule.js';

export type RuleSetting = Severity | [Severity] | [Severity, unknown];

/** What a `specloom.config.*` file exports (through `defineConfig`). */
export interface SpecloomConfig {
  /** The JSON Schema editors validate the file with (`./node_modules/specloom/dist/config.schema.json`); not read by specloom. */
  $schema?: string;
  /** Package names (resolved from the config file's folder), paths, or plugin objects. */
  plugins?: Array<string | SpecloomPlugin>;
  /** Glob (relative to the config file) -> template id, or path of a template Markdown file to infer from. */
  templates?: Record<string, string>;
  rules?: Record<string, RuleSetting>;
  /** Globs of files never linted. */
  ignores?: string[];
  /** Shared settings every rule can read. */
  settings?: Record<string, unknown>;
  /** Bounds on the work one file may cost; a file past them gets a fatal message naming the limit. */
  limits?: LimitsConfig;
}

export interface LimitsConfig {
  /** Deepest nesting of quotes, lists and inline containers a file may have (default 100). */
  maxNestingDepth?: number;
  /** Milliseconds one file may take to parse and lint, fix passes included (default 10000). */
  maxFileTimeMs?: number;
}
