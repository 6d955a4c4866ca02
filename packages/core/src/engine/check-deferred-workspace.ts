import type { LintMessage, LintOptions, LintResult, ResolvedConfig } from '../types/index.js';
import type { DeferredWorkspaceFile } from './create-lint-run.js';
import type { RunEnvironment } from './create-rule-context.js';
import { filterDisabledMessages } from './filter-disabled-messages.js';
import { createHostRunBase, toLintResult } from './host-run-base.js';
import type { LintCommentMarker } from './lint-comment-markers.js';
import type { EnabledWorkspaceRule } from './resolve-enabled-rules.js';
import { checkWorkspace, type WorkspaceFile } from './run-workspace-rules.js';
import { defined } from '../defined.js';

/** A file for the workspace phase with its lint comments, which may turn off workspace messages too. */
export interface MarkedWorkspaceFile extends WorkspaceFile {
  markers: LintCommentMarker[];
}

/**
 * `checkWorkspace`, then each file's lint comments: per file (in the order of `files`), the rules' problems and
 * the messages the comments leave. The text is asked for only to place those comments' ranges and fixes.
 */
export function checkMarkedWorkspace(
  files: MarkedWorkspaceFile[],
  rules: EnabledWorkspaceRule[],
  environment: RunEnvironment,
  timeBudget?: number,
): LintMessage[][] {
  const results = checkWorkspace(files, rules, environment, timeBudget);
  return files.map((file, index) => {
    const { messages, problems } = defined(results[index], 'a workspace result for every file');
    const kept = messages.length === 0 || file.markers.length === 0 ? messages : filterDisabledMessages(messages, file.markers, file.readText());
    return [...problems, ...kept];
  });
}

/** A file whose document phase ran elsewhere: its result so far, its facts, and its text should a message need it. */
export interface DeferredWorkspaceInput extends DeferredWorkspaceFile {
  /** The document phase's result (`Engine.lintFiles` with `deferWorkspace`). */
  result: LintResult;
  readText(): string;
}

/**
 * The workspace phase for files whose document phase ran in other runs (`lint --shard`, then `merge-reports`):
 * every workspace rule's `check` over the facts of all of them, as one run over all the files would. `files`
 * must be in the order that run would have them (rules may name the first of several files). Returns each
 * file's result with its workspace messages added, lint comments applied, in the order of `files`.
 */
export function checkDeferredWorkspace(
  config: ResolvedConfig,
  files: DeferredWorkspaceInput[],
  options: Pick<LintOptions, 'today'> = {},
): LintResult[] {
  const { core, environment } = createHostRunBase(config, options);
  const added = checkMarkedWorkspace(files, core.rules.workspace, environment, core.limits.maxFileTimeMs);
  return files.map(({ result }, index) => {
    const messages = defined(added[index], 'workspace messages for every file');
    if (messages.length === 0) return result;
    return toLintResult(result.filePath, result.template, [...result.messages, ...messages], result.note);
  });
}
