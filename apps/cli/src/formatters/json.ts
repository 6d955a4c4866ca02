import { resolve } from 'node:path';
import type { LintMessage, LintResult } from '@specloom/core';

export interface JsonOptions {
  /** Relative file paths are made absolute against this folder. Defaults to `process.cwd()`. */
  cwd?: string;
}

/** One message of the output contract: host-only fields (`url`, `messageId`, `fatal`) are left out. */
export interface JsonLintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}

/** One file of the output contract (DESIGN.md, "Output contract"): `note` and `output` are left out. */
export interface JsonLintResult {
  filePath: string;
  template: string | null;
  messages: JsonLintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
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
  if (message.fix) json.fix = { range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text };
  return json;
}

/** Picks the contract's fields explicitly so new internal fields never leak into a format other tools parse. */
export function toJsonResults(results: LintResult[], options: JsonOptions = {}): JsonLintResult[] {
  const cwd = options.cwd ?? process.cwd();
  return results.map((result) => ({
    filePath: resolve(cwd, result.filePath),
    template: result.template ?? null,
    messages: result.messages.map(toJsonMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
  }));
}

/** ESLint's `json` formatter shape: the whole run as one JSON array, absolute paths. */
export function formatJson(results: LintResult[], options: JsonOptions = {}): string {
  return JSON.stringify(toJsonResults(results, options));
}
