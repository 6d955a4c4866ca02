import { existsSync } from 'node:fs';
import type { Root } from 'mdast';
import { assertTreeNesting, parseSpecDocument } from '../document/parse-spec-document.js';
import type { LintMessage, SpecDocument } from '../types/index.js';
import { applyFixes } from './apply-fixes.js';
import { linkedFilePaths } from './cache/linked-files.js';
import { createFileProblem, errorText } from './create-message.js';
import type { RunEnvironment } from './create-rule-context.js';
import type { EngineCore } from './engine-core.js';
import { filterDisabledMessages } from './filter-disabled-messages.js';
import type { LintCommentMarker } from './lint-comment-markers.js';
import { runDocumentRules, type LintActivity } from './run-document-rules.js';
import { collectWorkspaceFacts } from './run-workspace-rules.js';
import { runEachWithinTime, runWithinTime, TimeBudgetError } from './run-within-time.js';
import { buildSpecDocument, stripBom } from '../document/build-spec-document.js';
import { SpecParseError } from '../document/spec-parse-error.js';
import { findIds } from '../document/extract-ids.js';
import { defined } from '../defined.js';

/** Lint -> fix -> re-parse rounds per document, as in ESLint. */
export const MAX_FIX_PASSES = 10;

export const NO_TEMPLATE_NOTE = 'No specloom template matched this file; skipped.';

/** The outcome of the document phase for one file; holds no tree. */
export interface DocumentPhase {
  /** The final text (BOM removed), after any fixes. */
  text: string;
  template: string | null;
  note?: string;
  /** Messages lint comments cannot turn off (file problems, crashes). */
  problems: LintMessage[];
  /** Rule messages that survived lint comments. */
  messages: LintMessage[];
  markers: LintCommentMarker[];
  /** Workspace facts by rule id. */
  facts: Map<string, unknown>;
  /**
   * With `trackDependencies`: the files outside this one that its result depends on (its relative links'
   * targets) and whether each existed before the rules looked, so a cached result can be checked against them.
   */
  dependencies?: FileDependency[];
}

export interface FileDependency {
  path: string;
  exists: boolean;
}

/** What one document's lint needs to know about the run. */
export type LintEnvironment = RunEnvironment & {
  fix: boolean;
  /** Record `DocumentPhase.dependencies` (for the cache). */
  trackDependencies?: boolean;
};

function frontMatterProblems(document: SpecDocument): LintMessage[] {
  return (document.frontMatter?.errors ?? []).map((error) => {
    // yaml's own "at line 1, column 8" counts from the fence, not the file: the message's line says where.
    const [firstLine = ''] = error.message.split('\n');
    const reason = firstLine.trim().replace(/\s+at line \d+, column \d+:?$/, '');
    return createFileProblem(`Unexpected invalid YAML in front matter (${reason}), expected valid YAML`, error.position);
  });
}

/** Whether this thread linted a file already: its one-time costs (compiling, lazy template schemas) are paid. */
let threadWarm = false;

function failedPhase(text: string, problem: LintMessage): DocumentPhase {
  return { text: stripBom(text), template: null, problems: [problem], messages: [], markers: [], facts: new Map() };
}

type LintInput = { text: string; filePath?: string; tree?: Root };

/** One input of `lintDocuments` with what its lint is doing, for the message when time is up. */
type DocumentRun = { input: LintInput; activity: LintActivity };

/**
 * Parse, assign a template and run the rules on one text; with `fix`, repeat on the fixed text. A host that
 * parsed the text already (the remark preset) passes its `tree`, which stands in for the first parse. Bounded:
 * a file nested too deep, one the parser cannot finish, or one that takes longer than `limits.maxFileTimeMs`
 * (a pathological shape, a rule stuck in a loop) gets one fatal problem and the run goes on. Never a skip.
 */
export function lintDocument(core: EngineCore, input: LintInput, environment: LintEnvironment): DocumentPhase {
  const [phase] = lintDocuments(core, [input], environment);
  return defined(phase, 'one phase for one input');
}

/**
 * `lintDocument` for several texts, in order. Each is held to its own time budget, but one budget watchdog
 * covers the files that start within a short slice of each other: starting a watchdog thread per file cost a
 * quarter of the run time on a busy 2-core machine (its thread must be scheduled to be joined).
 */
export function lintDocuments(core: EngineCore, inputs: readonly LintInput[], environment: LintEnvironment): DocumentPhase[] {
  const budget = core.limits.maxFileTimeMs;
  const runs = inputs.map((input): DocumentRun => ({ input, activity: { stage: 'parsing' } }));
  const lintOne = ({ input, activity }: DocumentRun) => {
    const phase = lintOrFail(() => lintPasses(core, input, environment, activity), input);
    threadWarm = true;
    return phase;
  };
  return runEachWithinTime(runs, lintOne, budget, (run) => {
    // A thread's first file also pays for compiling the code and building template schemas on first use
    // (over a second on a busy machine): it gets a second try, so the budget measures the file alone.
    if (!threadWarm) {
      threadWarm = true;
      try {
        return runWithinTime(() => lintOne(run), budget);
      } catch (error) {
        if (!(error instanceof TimeBudgetError)) throw error;
      }
    }
    return failedPhase(
      run.input.text,
      createFileProblem(
        `Unexpected lint time over ${budget} ms (stopped while ${run.activity.stage}), expected at most limits.maxFileTimeMs = ${budget} ms per file; not linted`,
      ),
    );
  });
}

/** The phase `lint` makes, or one fatal problem when the file cannot be parsed or our code fails on it. */
function lintOrFail(lint: () => DocumentPhase, input: LintInput): DocumentPhase {
  try {
    return lint();
  } catch (error) {
    if (error instanceof TimeBudgetError) throw error;
    if (error instanceof SpecParseError) return failedPhase(input.text, createFileProblem(`${error.message}; not linted`, error.position));
    // Our own code failing on a file (a stack overflow in a deep tree) must not pass for a clean file either.
    return failedPhase(input.text, createFileProblem(`Cannot lint file: ${errorText(error)}; not linted`));
  }
}

function lintPasses(
  core: EngineCore,
  input: LintInput,
  environment: LintEnvironment,
  activity: LintActivity,
): DocumentPhase {
  let text = input.text;
  for (let pass = 1; ; pass++) {
    activity.stage = 'parsing';
    if (pass === 1 && input.tree) assertTreeNesting(input.tree, core.limits.maxNestingDepth);
    const document =
      pass === 1 && input.tree
        ? buildSpecDocument(text, input.tree, { path: input.filePath })
        : parseSpecDocument(text, { path: input.filePath, maxNestingDepth: core.limits.maxNestingDepth });
    text = document.text;

    activity.stage = 'assigning a template';
    const assignment = core.assignTemplate(document);
    const problems = [...frontMatterProblems(document), ...assignment.problems];
    const template = assignment.template;
    if (!template) {
      const skipped = !assignment.problems.some((problem) => problem.fatal);
      return { text, template: null, note: skipped ? NO_TEMPLATE_NOTE : undefined, problems, messages: [], markers: [], facts: new Map() };
    }
    document.template = template.id;
    document.ids = findIds(document, template.schema.idFamilies);

    const rules = core.rulesFor(template.id);
    // Before the rules look: a file created or deleted while they run then shows as a change next time.
    const dependencies = environment.trackDependencies
      ? linkedFilePaths(document).map((path) => ({ path, exists: existsSync(path) }))
      : undefined;
    const ruleOutcome = runDocumentRules(document, template, rules.document, environment, activity);
    const collected = collectWorkspaceFacts(document, template, rules.workspace, environment, activity);
    activity.stage = 'applying lint comments';
    problems.push(...ruleOutcome.problems, ...collected.problems);
    const messages = filterDisabledMessages(
      [...ruleOutcome.messages, ...collected.messages],
      ruleOutcome.markers,
      text,
    );
    const phase: DocumentPhase = {
      text,
      template: template.id,
      problems,
      messages,
      markers: ruleOutcome.markers,
      facts: collected.facts,
    };
    if (dependencies && dependencies.length > 0) phase.dependencies = dependencies;

    // The last pass only lints, so the messages always describe the returned text.
    if (!environment.fix || pass === MAX_FIX_PASSES) return phase;
    const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
    if (fixes.length === 0) return phase;
    activity.stage = 'applying fixes';
    const { output } = applyFixes(text, fixes);
    if (output === text) return phase;
    text = output;
  }
}
