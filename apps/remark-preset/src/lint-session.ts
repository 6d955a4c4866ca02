import { createHostLintRun, type HostLintRun } from '@specloom/core/host';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { FileConfig } from './load-file-config.js';
import { reportMessages, reportSetupProblem } from './report-messages.js';

/** The files that share one config: one lint run, so workspace rules compare them with each other. */
interface Workspace {
  run: HostLintRun;
  /** By the path the run knows them by (`<text>` without one), to put the workspace results on. */
  files: Map<string, { file: VFile; text: string }>;
}

export interface LintInput {
  file: VFile;
  tree: Root;
  /** The text remark parsed, without a BOM (fix offsets and positions count from there). */
  text: string;
  filePath?: string;
  fileConfig: FileConfig;
  /** The preset's `today` option; undefined: the local date. */
  today?: string;
}

/**
 * One remark run's worth of specloom linting: document rules as each file is transformed, workspace rules
 * (duplicate Spec IDs / RFC numbers) once remark has transformed them all.
 *
 * Errors become `fatal` only in `finish`: unified-engine's queue stops waiting for a file that has a fatal
 * message, and a file that reaches the queue after the others were flushed is never finished (remark then
 * exits 0 without a report). Until every file is queued, specloom's errors must not look fatal.
 */
export interface LintSession {
  /** Document phase now: its messages go on the file at once. */
  lint(input: LintInput): void;
  /** A setup problem (bad config or options) on one file. */
  problem(file: VFile, reason: string): void;
  /** Workspace phase over every file linted so far, and errors made fatal; later files get both on their own. */
  finish(): void;
}

export function createLintSession(): LintSession {
  const workspaces = new Map<string, Workspace>();
  const errors: VFileMessage[] = [];
  let finished = false;

  function keep(found: VFileMessage[]): void {
    if (finished) for (const message of found) message.fatal = true;
    else errors.push(...found);
  }

  function finishWorkspace(workspace: Workspace): void {
    for (const result of workspace.run.checkWorkspace()) {
      const { file, text } = workspace.files.get(result.filePath)!;
      keep(reportMessages(file, result.messages, text));
    }
  }

  return {
    lint({ file, tree, text, filePath, fileConfig, today }) {
      // Files judged on another day are another run (a `.remarkrc` of their own may set `today`).
      const key = `${fileConfig.key}\n${today ?? ''}`;
      let workspace = finished ? undefined : workspaces.get(key);
      if (!workspace) {
        workspace = { run: createHostLintRun(fileConfig.config, { today }), files: new Map() };
        if (!finished) workspaces.set(key, workspace);
      }
      const result = workspace.run.lint({ text, tree, filePath });
      workspace.files.set(result.filePath, { file, text });
      keep(reportMessages(file, result.messages, text));
      // A file that arrives after the workspace phase (it should not) still gets its own.
      if (finished) finishWorkspace(workspace);
    },

    problem(file, reason) {
      keep([reportSetupProblem(file, reason)]);
    },

    finish() {
      for (const workspace of workspaces.values()) finishWorkspace(workspace);
      workspaces.clear();
      for (const message of errors) message.fatal = true;
      errors.length = 0;
      finished = true;
    },
  };
}
