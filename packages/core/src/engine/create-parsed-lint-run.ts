import type { Root } from 'mdast';
import type { LintOptions, LintResult, ResolvedConfig } from '../types/index.js';
import { EMPTY_FILE_NOTE, TEXT_FILE_PATH } from './create-lint-run.js';
import { createHostRunBase, toLintResult, type HostFileRecord } from './host-lint-run.js';
import { filterDisabledMessages } from './filter-disabled-messages.js';
import { lintDocument } from './lint-document.js';
import { checkWorkspace } from './run-workspace-rules.js';

export interface ParsedTextInput {
  /** The file's text as the host parsed it (a leading BOM is fine). */
  text: string;
  /** The mdast tree the host parsed from `text` (remark-parse with remark-gfm and YAML remark-frontmatter). */
  tree: Root;
  /** Absolute path: used for template globs, relative links and workspace messages. */
  filePath?: string;
}

/**
 * A lint run for hosts that parse files themselves and see them one at a time (the remark preset): the
 * document phase runs as each tree arrives, the workspace phase once the host has seen them all.
 */
export interface ParsedLintRun {
  /** Document rules on one parsed file, lint comments applied. Only small facts are kept, never the tree. */
  lintTree(input: ParsedTextInput): LintResult;
  /** Workspace rules over every file linted so far: only their messages, one result per file, in order. */
  checkWorkspace(): LintResult[];
}

export function createParsedLintRun(config: ResolvedConfig, options: Pick<LintOptions, 'today'> = {}): ParsedLintRun {
  const { core, environment, keepsText } = createHostRunBase(config, options);
  const files: HostFileRecord[] = [];

  return {
    lintTree(input) {
      const filePath = input.filePath ?? TEXT_FILE_PATH;
      // The same skip as `createLintRun`, so both hosts report the same files.
      if (input.text.replace(/^\uFEFF/, '').trim() === '') {
        files.push({ filePath, template: null, text: '', readText: () => '', facts: new Map(), markers: [] });
        return toLintResult(filePath, null, [], EMPTY_FILE_NOTE);
      }
      const phase = lintDocument(core, input, environment);
      // Workspace messages are filtered (and their fixes merged) against the text; otherwise keep memory flat.
      const text = keepsText ? phase.text : '';
      files.push({ filePath, template: phase.template, text, readText: () => text, facts: phase.facts, markers: keepsText ? phase.markers : [] });
      return toLintResult(filePath, phase.template, [...phase.problems, ...phase.messages], phase.note);
    },

    checkWorkspace() {
      if (!keepsText) return files.map((file) => toLintResult(file.filePath, file.template, []));
      const results = checkWorkspace(files, core.rules.workspace, environment, core.limits.maxFileTimeMs);
      return files.map((file, index) =>
        toLintResult(file.filePath, file.template, [
          ...results[index].problems,
          ...filterDisabledMessages(results[index].messages, file.markers, file.text),
        ]),
      );
    },
  };
}
