import type { LintMessage, LintOptions, ResolvedConfig } from '../types/index.js';
import type { DeferredWorkspaceFile } from './create-lint-run.js';
import type { RunEnvironment } from './create-rule-context.js';
import { filterDisabledMessages } from './filter-disabled-messages.js';
import { createHostRunBase } from './host-lint-run.js';
import type { LintCommentMarker } from './lint-comment-markers.js';
import type { EnabledWorkspaceRule } from './resolve-enabled-rules.js';
import { checkWorkspace, type WorkspaceFile } from './run-workspace-rules.js';

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
    const { messages, problems } = results[index];
    const kept = messages.length === 0 || file.markers.length === 0 ? messages : filterDisabledMessages(messages, file.markers, file.readText());
    return [...problems, ...kept];
  });
}

/** A file whose document phase ran elsewhere, with a way to read its text should a workspace message need it. */
export interface DeferredWorkspaceInput extends DeferredWorkspaceFile {
  readText(): string;
}

/**
 * The workspace phase for files whose document phase ran in other runs (`lint --shard`, then `merge-reports`):
 * every workspace rule's `check` over the facts of all of them, as one run over all the files would. Returns
 * each file's workspace messages, lint comments applied, in the order of `files`.
 */
export function checkDeferredWorkspace(
  config: ResolvedConfig,
  files: DeferredWorkspaceInput[],
  options: Pick<LintOptions, 'today'> = {},
): LintMessage[][] {
  const { core, environment } = createHostRunBase(config, options);
  return checkMarkedWorkspace(files, core.rules.workspace, environment, core.limits.maxFileTimeMs);
}
