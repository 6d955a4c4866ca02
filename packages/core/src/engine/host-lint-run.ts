import type { Root } from 'mdast';
import type { LintOptions, LintResult, ResolvedConfig } from '../types/index.js';
import { EMPTY_FILE_NOTE, isBlankText, TEXT_FILE_PATH } from './create-lint-run.js';
import { createHostRunBase, toLintResult } from './host-run-base.js';
import type { LintCommentMarker } from './lint-comment-markers.js';
import { lintDocument } from './lint-document.js';
import { checkMarkedWorkspace } from './check-deferred-workspace.js';
import type { WorkspaceFile } from './run-workspace-rules.js';
import { defined } from '../defined.js';

export interface HostLintInput {
  /** The file's text (a leading BOM is fine). */
  text: string;
  /**
   * The mdast tree the host parsed from `text` (remark-parse with remark-gfm and YAML remark-frontmatter), so
   * the text is not parsed twice; without it the run parses the text.
   */
  tree?: Root;
  /** Absolute path: used for template globs, relative links and workspace messages. Without one: `<text>`. */
  filePath?: string;
}

/**
 * A lint run for hosts that lint one in-memory document at a time and fix through their own means (the remark
 * preset: quick fixes; the ESLint plugin: ESLint's fixer): the document phase as each text arrives, the workspace
 * phase over every file's current text when the host asks. A file linted again replaces its earlier text (an
 * editor's change, ESLint's `--fix` passes); only small facts are kept per file, never the tree.
 */
export interface HostLintRun {
  /** Document rules on one file, lint comments applied. */
  lint(input: HostLintInput): LintResult;
  /** Take a file out of the workspace (deleted, or no longer linted). */
  remove(filePath: string): void;
  /** Workspace rules over every file linted so far: only their messages, one result per file, in the order first linted. */
  checkWorkspace(): LintResult[];
}

/** What the run keeps per file: the workspace facts, and the text only while workspace rules need it. */
interface HostFileRecord extends WorkspaceFile {
  text: string;
  markers: LintCommentMarker[];
}

export function createHostLintRun(config: ResolvedConfig, options: Pick<LintOptions, 'today'> = {}): HostLintRun {
  // Hosts apply fixes themselves; the run only reports them. Workspace messages are filtered (and their fixes
  // merged) against the text; without workspace rules no text is kept, so memory stays flat.
  const { core, environment, keepsText } = createHostRunBase(config, options);
  const files = new Map<string, HostFileRecord>();

  return {
    lint(input) {
      const filePath = input.filePath ?? TEXT_FILE_PATH;
      // The same skip as `Engine.lintFiles`, so every host reports the same files.
      if (isBlankText(input.text)) {
        files.set(filePath, { filePath, template: null, text: '', readText: () => '', facts: new Map(), markers: [] });
        return toLintResult(filePath, null, [], EMPTY_FILE_NOTE);
      }
      const phase = lintDocument(core, input, environment);
      const text = keepsText ? phase.text : '';
      files.set(filePath, { filePath, template: phase.template, text, readText: () => text, facts: phase.facts, markers: keepsText ? phase.markers : [] });
      return toLintResult(filePath, phase.template, [...phase.problems, ...phase.messages], phase.note);
    },

    remove(filePath) {
      files.delete(filePath);
    },

    checkWorkspace() {
      const records = [...files.values()];
      if (!keepsText) return records.map((file) => toLintResult(file.filePath, file.template, []));
      const messages = checkMarkedWorkspace(records, core.rules.workspace, environment, core.limits.maxFileTimeMs);
      return records.map((file, index) => toLintResult(file.filePath, file.template, defined(messages[index], 'workspace messages for every file')));
    },
  };
}
