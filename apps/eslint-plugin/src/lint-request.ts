import type { LintMessage } from '@specloom/core';

/** What one file's ESLint rules ask of specloom: one lint, shared by all of them. */
export interface LintRequest {
  /** Absolute path of the linted file; undefined for text without one (`<text>`). */
  filePath?: string;
  /** The text ESLint lints (without a BOM); during `--fix` passes it differs from the file on disk. */
  text: string;
  /** ESLint's working directory: where a file without a path looks for config, and the zero-config root. */
  cwd: string;
  /** The specloom rules on in ESLint for this file, with their ESLint options (`context.options`). */
  rules: Record<string, unknown[]>;
  settings: SpecloomSettings;
}

/** `settings.specloom` in the ESLint config. */
export interface SpecloomSettings {
  /** The date date rules take as today (`YYYY-MM-DD`); default the local date. */
  today?: string;
  /** Workspace rules (duplicate IDs across files) against the Markdown files under the config root; default true. */
  workspace?: boolean;
}

/** specloom's findings for one file: rule messages (their ids without ESLint's prefix) and file problems (`ruleId: null`). */
export type FileFindings = LintMessage[];

/** Answers lint requests: in this thread with a given config, or in a worker that finds `specloom.config.*`. */
export interface LintBackend {
  lint(request: LintRequest): FileFindings;
}
