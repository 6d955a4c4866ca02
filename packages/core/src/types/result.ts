import type { Fix } from './rule.js';

/** One finding, in ESLint's JSON formatter shape. */
/** An uncertain fix: what it does (`desc`) and the edit. */
export interface Suggestion {
  desc: string;
  fix: Fix;
}

export interface LintMessage {
  /** `null` for problems with the file itself (unreadable, binary, broken front matter). */
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** Changes that may be right but are not certain: offered, never applied by `--fix` (ESLint's shape). */
  suggestions?: Suggestion[];
  /** Not part of the JSON output contract; kept for hosts (docs link in the remark preset). */
  url?: string;
  messageId?: string;
  fatal?: boolean;
}

export interface LintResult {
  filePath: string;
  template: string | null;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Set when the file matched no template and was skipped; shown as a note, never an error. */
  note?: string;
  /** The fixed text, when fixes were applied and changed something. */
  output?: string;
}
