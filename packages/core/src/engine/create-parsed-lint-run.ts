import type { Root } from 'mdast';
import type { LintMessage, LintOptions, LintResult, ResolvedConfig } from '../types/index.js';
import { countMessages, sortMessages } from './count-messages.js';
import { EMPTY_FILE_NOTE, TEXT_FILE_PATH } from './create-lint-run.js';
import { createEngineCore } from './engine-core.js';
import { filterDisabledMessages } from './filter-disabled-messages.js';
import { lintDocument } from './lint-document.js';
import type { LintCommentMarker } from './lint-comment-markers.js';
import { localDate } from './local-date.js';
import { checkWorkspace, type WorkspaceFile } from './run-workspace-rules.js';

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

interface FileRecord extends WorkspaceFile {
  text: string;
  markers: LintCommentMarker[];
}

function toResult(filePath: string, template: string | null, messages: LintMessage[], note?: string): LintResult {
  const sorted = sortMessages(messages);
  const result: LintResult = { filePath, template, messages: sorted, ...countMessages(sorted) };
  if (note) result.note = note;
  return result;
}

export function createParsedLintRun(config: ResolvedConfig, options: Pick<LintOptions, 'today'> = {}): ParsedLintRun {
  const core = createEngineCore(config);
  // Hosts fix through their own means (quick fixes), so the run never applies fixes itself.
  const environment = { settings: config.settings ?? {}, today: options.today ?? localDate(), fix: false };
  const keepsText = core.rules.workspace.length > 0;
  const files: FileRecord[] = [];

  return {
    lintTree(input) {
      const filePath = input.filePath ?? TEXT_FILE_PATH;
      // The same skip as `createLintRun`, so both hosts report the same files.
      if (input.text.replace(/^\uFEFF/, '').trim() === '') {
        files.push({ filePath, template: null, text: '', readText: () => '', facts: new Map(), markers: [] });
        return toResult(filePath, null, [], EMPTY_FILE_NOTE);
      }
      const phase = lintDocument(core, input, environment);
      // Workspace messages are filtered (and their fixes merged) against the text; otherwise keep memory flat.
      const text = keepsText ? phase.text : '';
      files.push({ filePath, template: phase.template, text, readText: () => text, facts: phase.facts, markers: keepsText ? phase.markers : [] });
      return toResult(filePath, phase.template, [...phase.problems, ...phase.messages], phase.note);
    },

    checkWorkspace() {
      if (!keepsText) return files.map((file) => toResult(file.filePath, file.template, []));
      const results = checkWorkspace(files, core.rules.workspace, environment, core.limits.maxFileTimeMs);
      return files.map((file, index) =>
        toResult(file.filePath, file.template, [
          ...results[index].problems,
          ...filterDisabledMessages(results[index].messages, file.markers, file.text),
        ]),
      );
    },
  };
}
