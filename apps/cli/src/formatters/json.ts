import { resolve } from 'node:path';
import type { LintMessage, LintResult } from '@specloom/core';

export interface JsonOptions {
  /** Relative file paths are made absolute against this folder. Defaults to `process.cwd()`. */
  cwd?: string;
}

/** One message of the output contract, as ESLint prints it: the host-only `url` is left out. */
export interface JsonLintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The key of the rule's message template; absent on problems with the file itself. */
  messageId?: string;
  fix?: { range: [number, number]; text: string };
  /** Uncertain fixes, as ESLint lists them: offered to the user, never applied by `--fix`. */
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>;
  /** Only on a problem that stopped the file from being linted (unreadable, binary, unparsable), as in ESLint. */
  fatal?: true;
}

/** One file of the output contract (docs/architecture.md, "Output contract"): `note` is left out. */
export interface JsonLintResult {
  filePath: string;
  template: string | null;
  messages: JsonLintMessage[];
  /**
   * ESLint's messages turned off by disable comments. Always empty: the engine drops what `<!--lint disable-->`
   * turns off before results exist; the key is here so tools written for ESLint's shape find it.
   */
  suppressedMessages: JsonLintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, as in ESLint: only from `--stdin --fix-dry-run`, and only when a fix changed something. */
  output?: string;
}

function toJsonMessage(message: LintMessage): JsonLintMessage {
  const json: JsonLintMessage = {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
  };
  if (message.messageId !== undefined) json.messageId = message.messageId;
  if (message.fix) json.fix = { range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text };
  if (message.suggestions?.length) {
    json.suggestions = message.suggestions.map(({ desc, fix }) => ({ desc, fix: { range: [fix.range[0], fix.range[1]], text: fix.text } }));
  }
  if (message.fatal === true) json.fatal = true;
  return json;
}

/** ESLint counts fatal problems apart: they mean a file was not linted at all, not that it broke a rule. */
function countFatalErrors(messages: LintMessage[]): number {
  return messages.filter((message) => message.fatal === true && message.severity === 2).length;
}

/** Picks the contract's fields explicitly so new internal fields never leak into a format other tools parse. */
export function toJsonResults(results: LintResult[], options: JsonOptions = {}): JsonLintResult[] {
  const cwd = options.cwd ?? process.cwd();
  return results.map((result) => {
    const json: JsonLintResult = {
      filePath: resolve(cwd, result.filePath),
      template: result.template ?? null,
      messages: result.messages.map(toJsonMessage),
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: countFatalErrors(result.messages),
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
    };
    if (result.output !== undefined) json.output = result.output;
    return json;
  });
}

/** ESLint's `json` formatter shape: the whole run as one JSON array, absolute paths. */
export function formatJson(results: LintResult[], options: JsonOptions = {}): string {
  return JSON.stringify(toJsonResults(results, options));
}
