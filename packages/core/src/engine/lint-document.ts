import type { Root } from 'mdast';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import type { LintMessage, SpecDocument } from '../types/index.js';
import { applyFixes } from './apply-fixes.js';
import { createFileProblem, errorText } from './create-message.js';
import type { RunEnvironment } from './create-rule-context.js';
import type { EngineCore } from './engine-core.js';
import { filterDisabledMessages } from './filter-disabled-messages.js';
import type { LintCommentMarker } from './lint-comment-markers.js';
import { runDocumentRules } from './run-document-rules.js';
import { collectWorkspaceFacts } from './run-workspace-rules.js';
import { buildSpecDocument } from '../document/build-spec-document.js';

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
}

function frontMatterProblems(document: SpecDocument): LintMessage[] {
  return (document.frontMatter?.errors ?? []).map((error) => {
    // yaml's own "at line 1, column 8" counts from the fence, not the file: the message's line says where.
    const reason = error.message.split('\n')[0].trim().replace(/\s+at line \d+, column \d+:?$/, '');
    return createFileProblem(`Unexpected invalid YAML in front matter (${reason}), expected valid YAML`, error.position);
  });
}

/**
 * Parse, assign a template and run the rules on one text; with `fix`, repeat on the fixed text. A host that
 * parsed the text already (the remark preset) passes its `tree`, which stands in for the first parse.
 */
export function lintDocument(
  core: EngineCore,
  input: { text: string; filePath?: string; tree?: Root },
  environment: RunEnvironment & { fix: boolean },
): DocumentPhase {
  let text = input.text;
  for (let pass = 1; ; pass++) {
    let document: SpecDocument;
    try {
      document =
        pass === 1 && input.tree
          ? buildSpecDocument(text, input.tree, { path: input.filePath })
          : parseSpecDocument(text, { path: input.filePath });
    } catch (error) {
      // The parser should never throw; if it does, the file gets a message and the run goes on.
      return {
        text,
        template: null,
        problems: [createFileProblem(`Cannot parse file: ${errorText(error)}`)],
        messages: [],
        markers: [],
        facts: new Map(),
      };
    }
    text = document.text;

    const assignment = core.assignTemplate(document);
    const problems = [...frontMatterProblems(document), ...assignment.problems];
    const template = assignment.template;
    if (!template) {
      const skipped = !assignment.problems.some((problem) => problem.fatal);
      return { text, template: null, note: skipped ? NO_TEMPLATE_NOTE : undefined, problems, messages: [], markers: [], facts: new Map() };
    }
    document.template = template.id;

    const rules = core.rulesFor(template.id);
    const ruleOutcome = runDocumentRules(document, template, rules.document, environment);
    const collected = collectWorkspaceFacts(document, template, rules.workspace, environment);
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

    // The last pass only lints, so the messages always describe the returned text.
    if (!environment.fix || pass === MAX_FIX_PASSES) return phase;
    const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
    if (fixes.length === 0) return phase;
    const { output } = applyFixes(text, fixes);
    if (output === text) return phase;
    text = output;
  }
}
