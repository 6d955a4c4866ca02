import type { LintOptions, LintResult, ResolvedConfig } from '../types/index.js';
import { EMPTY_FILE_NOTE, isBlankText, TEXT_FILE_PATH } from './create-lint-run.js';
import { createHostRunBase, toLintResult, type HostFileRecord } from './host-lint-run.js';
import { lintDocument } from './lint-document.js';
import { checkMarkedWorkspace } from './check-deferred-workspace.js';

/**
 * A lint run whose files can be replaced, for hosts that lint one file at a time and need the workspace
 * phase against every other file (the ESLint plugin: files on disk, and the one being edited or fixed). A
 * file's document phase runs once per text; the workspace phase re-runs over the small facts kept per file.
 */
export interface IncrementalLintRun {
  /**
   * Document rules on one file's text (parsed here), lint comments applied; replaces the file's earlier text.
   * Without `filePath` the text is `<text>`, as in the other runs.
   */
  lintText(input: { text: string; filePath?: string }): LintResult;
  /** Take a file out of the workspace (deleted, or no longer linted). */
  remove(filePath: string): void;
  /** Workspace rules over every file's current text: only their messages, by file path (`<text>` without one). */
  checkWorkspace(): Map<string, LintResult>;
}

export function createIncrementalLintRun(config: ResolvedConfig, options: Pick<LintOptions, 'today'> = {}): IncrementalLintRun {
  const { core, environment, keepsText } = createHostRunBase(config, options);
  const files = new Map<string, HostFileRecord>();

  return {
    lintText(input) {
      const { text } = input;
      const filePath = input.filePath ?? TEXT_FILE_PATH;
      // The same skip as the other runs, so every host reports the same files.
      if (isBlankText(text)) {
        files.set(filePath, { filePath, template: null, text: '', readText: () => '', facts: new Map(), markers: [] });
        return toLintResult(filePath, null, [], EMPTY_FILE_NOTE);
      }
      const phase = lintDocument(core, input, environment);
      // Workspace messages are filtered (and their fixes merged) against the text; otherwise keep memory flat.
      const kept = keepsText ? phase.text : '';
      files.set(filePath, {
        filePath,
        template: phase.template,
        text: kept,
        readText: () => kept,
        facts: phase.facts,
        markers: keepsText ? phase.markers : [],
      });
      return toLintResult(filePath, phase.template, [...phase.problems, ...phase.messages], phase.note);
    },

    remove(filePath) {
      files.delete(filePath);
    },

    checkWorkspace() {
      const records = [...files.values()];
      if (!keepsText) return new Map(records.map((file) => [file.filePath, toLintResult(file.filePath, file.template, [])]));
      const messages = checkMarkedWorkspace(records, core.rules.workspace, environment);
      return new Map(records.map((file, index) => [file.filePath, toLintResult(file.filePath, file.template, messages[index])]));
    },
  };
}
