import type { LintMessage, LintOptions, LintResult, LintTextInput } from '../types/index.js';
import { applyFixes } from './apply-fixes.js';
import { countMessages, sortMessages } from './count-messages.js';
import type { EngineCore } from './engine-core.js';
import { filterDisabledMessages } from './filter-disabled-messages.js';
import { localDate } from './local-date.js';
import type { LintCommentMarker } from './lint-comment-markers.js';
import { lintDocument, MAX_FIX_PASSES, type DocumentPhase } from './lint-document.js';
import { checkWorkspace } from './run-workspace-rules.js';
import { defined } from '../defined.js';

export const EMPTY_FILE_NOTE = 'Empty file; skipped.';

/** Shown for text linted without a file path, as ESLint does. */
export const TEXT_FILE_PATH = '<text>';

const BOM = '\uFEFF';

interface FileState extends DocumentPhase {
  filePath: string;
  /** Reads the text again, for a run that dropped it (files on disk). */
  reread?: () => string;
  /** The text as given, to tell whether fixes changed it. */
  original: string;
  bom: boolean;
  workspaceMessages: LintMessage[];
  workspaceProblems: LintMessage[];
}

/** One lint run: documents are added one by one (their trees dropped at once), then `finish` runs the workspace phase. */
export interface LintRun {
  /**
   * `linted`: the document phase already run elsewhere (a worker thread, the cache) for this same text.
   * `reread`: how to get the text back (from disk), so the run need not keep every text for workspace rules.
   */
  addText(input: LintTextInput, linted?: DocumentPhase, reread?: () => string): void;
  /** A file that could not be read or decoded: its problem is the whole result. */
  addProblem(filePath: string, problem: LintMessage): void;
  finish(): LintResult[];
  /**
   * The document phase's results alone, and what the workspace phase needs of each file, for a run that cannot
   * judge workspace rules because it holds only some of the files (`lint --shard`): `checkDeferredWorkspace`
   * runs them later over the files of every part.
   */
  finishDocuments(): { results: LintResult[]; workspaceFiles: DeferredWorkspaceFile[] };
}

/** What the workspace phase needs of one file, kept by a run that defers that phase. */
export interface DeferredWorkspaceFile {
  filePath: string;
  template: string | null;
  /** Workspace facts by rule id. */
  facts: Map<string, unknown>;
  /** The file's lint comments, which may turn off workspace messages too. */
  markers: LintCommentMarker[];
  /** SHA-256 of the file's bytes as linted (files read from disk), to tell a later read of it is the same file. */
  contentHash?: string;
}

/** Empty (or BOM-only, or blank) texts are skipped with a note rather than linted. */
export function isBlankText(text: string): boolean {
  return (text.startsWith(BOM) ? text.slice(1) : text).trim() === '';
}

function emptyPhase(text: string): DocumentPhase {
  return { text, template: null, problems: [], messages: [], markers: [], facts: new Map() };
}

export function createLintRun(core: EngineCore, options: LintOptions = {}): LintRun {
  const environment = {
    settings: core.config.settings ?? {},
    today: options.today ?? localDate(),
    fix: options.fix === true,
  };
  const states: FileState[] = [];
  const hasWorkspaceRules = core.rules.workspace.length > 0;

  function lintState(state: FileState, text: string): void {
    Object.assign(state, lintDocument(core, { text, filePath: state.filePath === TEXT_FILE_PATH ? undefined : state.filePath }, environment));
  }

  /** The state's text, read back if it was dropped: workspace rules ask only for files they report on. */
  function textOf(state: FileState): string {
    if (state.text === '' && state.reread && state.original === '' && state.note === undefined) {
      state.text = state.original = state.reread();
    }
    return state.text;
  }

  function addText(input: LintTextInput, linted?: DocumentPhase, reread?: () => string): void {
    const filePath = input.filePath ?? TEXT_FILE_PATH;
    const text = typeof input.text === 'string' ? input.text : '';
    const bom = text.startsWith(BOM);
    const state: FileState = {
      ...emptyPhase(text),
      filePath,
      original: text,
      bom,
      workspaceMessages: [],
      workspaceProblems: [],
    };
    // A document phase run elsewhere is trusted: blank files are never sent there.
    if (!linted && isBlankText(text)) {
      state.note = EMPTY_FILE_NOTE;
    } else {
      state.text = text;
      Object.assign(state, linted ?? lintDocument(core, { text, filePath: input.filePath }, environment));
      // Only workspace rules and fixes need the text later; otherwise keep memory flat over many files.
      const keepsText = environment.fix || (hasWorkspaceRules && reread === undefined);
      if (!keepsText) {
        state.text = state.original = '';
        state.reread = reread;
      }
    }
    states.push(state);
  }

  function addProblem(filePath: string, problem: LintMessage): void {
    states.push({
      ...emptyPhase(''),
      filePath,
      original: '',
      bom: false,
      problems: [problem],
      workspaceMessages: [],
      workspaceProblems: [],
    });
  }

  /** Workspace `check`, and with `fix` its fixes, re-linting the files they change, until nothing changes. */
  function runWorkspacePhase(): void {
    const rules = core.rules.workspace;
    if (rules.length === 0) return;
    for (let pass = 1; ; pass++) {
      const files = states.map((state) => ({ ...state, readText: () => textOf(state) }));
      const results = checkWorkspace(files, rules, environment, core.limits.maxFileTimeMs);
      states.forEach((state, index) => {
        const { messages, problems } = defined(results[index], 'a workspace result for every file');
        state.workspaceMessages =
          messages.length === 0 || state.markers.length === 0 ? messages : filterDisabledMessages(messages, state.markers, textOf(state));
        state.workspaceProblems = problems;
      });
      if (!environment.fix || pass === MAX_FIX_PASSES) return;
      let changed = false;
      for (const state of states) {
        const fixes = state.workspaceMessages.flatMap((message) => (message.fix ? [message.fix] : []));
        if (fixes.length === 0) continue;
        const { output } = applyFixes(state.text, fixes);
        if (output === state.text) continue;
        lintState(state, output);
        changed = true;
      }
      if (!changed) return;
    }
  }

  function toResult(state: FileState): LintResult {
    const messages = sortMessages([
      ...state.problems,
      ...state.messages,
      ...state.workspaceProblems,
      ...state.workspaceMessages,
    ]);
    const result: LintResult = {
      filePath: state.filePath,
      template: state.template,
      messages,
      ...countMessages(messages),
    };
    if (state.note) result.note = state.note;
    if (environment.fix) {
      const output = state.bom && !state.text.startsWith(BOM) ? BOM + state.text : state.text;
      if (output !== state.original) result.output = output;
    }
    return result;
  }

  return {
    addText,
    addProblem,
    finish() {
      runWorkspacePhase();
      return states.map(toResult);
    },
    finishDocuments() {
      return {
        results: states.map(toResult),
        workspaceFiles: states.map(({ filePath, template, facts, markers }) => ({ filePath, template, facts, markers })),
      };
    },
  };
}
