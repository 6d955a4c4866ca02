import path from 'node:path';
import type { LintMessage } from '@specloom/core';
import type { FileFindings, LintBackend } from './lint-request.js';
import { readSpecloomSettings } from './read-specloom-settings.js';

/** What an ESLint rule's `context` offers that the shared lint needs. */
export interface RuleContextLike {
  sourceCode: object & { text: string };
  physicalFilename: string;
  cwd: string;
  options: unknown[];
  settings: Record<string, unknown>;
}

/**
 * The specloom lint of one file, shared by all of its ESLint rules. ESLint calls every rule's `create` before
 * it visits the first node, so each rule registers in `create` and the first visit runs one lint with all of
 * them: exactly the rules on in ESLint, with their ESLint options.
 */
export interface FileLintSession {
  enable(ruleId: string, options: unknown[]): void;
  /** The messages of one specloom rule; the first call lints. */
  messagesOf(ruleId: string): LintMessage[];
}

interface SessionState {
  backend: LintBackend;
  context: RuleContextLike;
  rules: Record<string, unknown[]>;
  byRule?: Map<string | null, LintMessage[]>;
}

/** One session per ESLint `SourceCode`: one per file and `--fix` pass. */
const sessions = new WeakMap<object, SessionState>();

/**
 * The last findings per file name, for the processor's `postprocess`, which sees ESLint's messages of the same
 * pass: it gives them specloom's severity and adds file problems (messages without a rule).
 */
const findingsForProcessor = new Map<string, FileFindings>();

export function takeFindings(filename: string): FileFindings | undefined {
  const findings = findingsForProcessor.get(filename);
  findingsForProcessor.delete(filename);
  return findings;
}

function lint(state: SessionState): Map<string | null, LintMessage[]> {
  const { context } = state;
  // `<text>` (stdin without --stdin-filename) has no path: config is looked up from the cwd.
  const filePath = path.isAbsolute(context.physicalFilename) ? context.physicalFilename : undefined;
  const findings = state.backend.lint({
    filePath,
    text: context.sourceCode.text,
    cwd: context.cwd,
    rules: state.rules,
    settings: readSpecloomSettings(context.settings),
  });
  findingsForProcessor.set(context.physicalFilename, findings);
  const byRule = new Map<string | null, LintMessage[]>();
  for (const message of findings) byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message]);
  return byRule;
}

export function sessionFor(context: RuleContextLike, backend: LintBackend): FileLintSession {
  let state = sessions.get(context.sourceCode);
  if (!state) {
    state = { backend, context, rules: {} };
    sessions.set(context.sourceCode, state);
  }
  const current = state;
  return {
    enable(ruleId, options) {
      current.rules[ruleId] = options;
    },
    messagesOf(ruleId) {
      current.byRule ??= lint(current);
      return current.byRule.get(ruleId) ?? [];
    },
  };
}
