import type { LintResult, ResolvedConfig } from '@specloom/core';

/** ESLint's `maxWarningsExceeded` in a formatter's context: set only when `--max-warnings` was exceeded. */
export interface MaxWarningsExceeded {
  maxWarnings: number;
  foundWarnings: number;
}

/** What every report format may use besides the results: built-in formats need the rules, custom ones ESLint's context. */
export interface ReportContext {
  /** Paths in reports are relative to (or, in JSON, resolved against) this folder. */
  cwd: string;
  /** Colour is for terminals: false whenever the report goes to a file. */
  color: boolean;
  /** The specloom version, for formats that name their tool (SARIF). */
  version: string;
  /** The run's config: the rules it knows, their descriptions, links and severities. */
  config: ResolvedConfig;
  maxWarningsExceeded?: MaxWarningsExceeded;
}

/** A report format: the results of a run in, the report's text out ('' for nothing to print). */
export type ReportFormatter = (results: LintResult[], context: ReportContext) => string | Promise<string>;
