import path from 'node:path';
import type {
  LintMessage,
  SpecDocument,
  TemplateDefinition,
  WorkspaceEntry,
  WorkspaceReportDescriptor,
} from '../types/index.js';
import { createCrashMessage, createFileProblem, createRuleMessage } from './create-message.js';
import { createRuleContext, type RunEnvironment } from './create-rule-context.js';
import type { EnabledWorkspaceRule } from './resolve-enabled-rules.js';
import type { LintActivity } from './run-document-rules.js';
import { runWithinTime, TimeBudgetError } from './run-within-time.js';

export interface CollectOutcome {
  /** Facts by workspace rule id; rules that returned `undefined` have no entry. */
  facts: Map<string, unknown>;
  messages: LintMessage[];
  problems: LintMessage[];
}

/** Ask every workspace rule for its facts about one document (never the tree itself). */
export function collectWorkspaceFacts(
  document: SpecDocument,
  template: TemplateDefinition | undefined,
  rules: EnabledWorkspaceRule[],
  environment: RunEnvironment,
  activity: LintActivity = { stage: '' },
): CollectOutcome {
  const outcome: CollectOutcome = { facts: new Map(), messages: [], problems: [] };
  for (const rule of rules) {
    activity.stage = `running rule "${rule.id}"`;
    try {
      const facts = rule.rule.collect(createRuleContext(rule, document, template, environment, outcome.messages));
      if (facts !== undefined) outcome.facts.set(rule.id, facts);
    } catch (error) {
      outcome.problems.push(createCrashMessage(rule, error, { handler: 'collect' }));
    }
  }
  return outcome;
}

/** What the workspace phase needs to know about one file of the run. */
export interface WorkspaceFile {
  filePath: string;
  /** Template id; files without one take no part in the workspace phase. */
  template: string | null;
  /**
   * The file's current text, for messages' fixes that span several edits. Asked for only when a rule reports on
   * the file, so a run can drop texts and reread the few it needs.
   */
  readText(): string;
  facts: Map<string, unknown>;
}

export interface WorkspaceFileMessages {
  messages: LintMessage[];
  problems: LintMessage[];
}

/**
 * Run every workspace rule's `check` once over the facts of all files. Returns messages per file, in the
 * order of `files`.
 */
export function checkWorkspace(
  files: WorkspaceFile[],
  rules: EnabledWorkspaceRule[],
  environment: RunEnvironment,
  /** Each rule's `check` gets this long (milliseconds) before it is stopped with a crash message. */
  timeBudget = Number.POSITIVE_INFINITY,
): WorkspaceFileMessages[] {
  const results: WorkspaceFileMessages[] = files.map(() => ({ messages: [], problems: [] }));
  const participants = files.map((file, index) => ({ file, index })).filter(({ file }) => file.template !== null);
  if (participants.length === 0) return results;

  const byPath = new Map<string, number>();
  for (const { file, index } of participants) {
    if (!byPath.has(file.filePath)) byPath.set(file.filePath, index);
    const absolute = path.resolve(file.filePath);
    if (!byPath.has(absolute)) byPath.set(absolute, index);
  }
  for (const [index, file] of files.entries()) {
    if (!byPath.has(file.filePath)) byPath.set(file.filePath, index);
  }

  for (const rule of rules) {
    const entries: Array<WorkspaceEntry<unknown> & { index: number }> = [];
    for (const { file, index } of participants) {
      if (!file.facts.has(rule.id)) continue;
      entries.push({ path: file.filePath, template: file.template ?? undefined, facts: file.facts.get(rule.id), index });
    }
    // A crash in `check` belongs to no single file: it goes on the first file the rule saw.
    const fallback = entries[0]?.index ?? participants[0].index;
    try {
      runWithinTime(() => rule.rule.check({
        id: rule.id,
        entries: entries.map(({ path: entryPath, template, facts }) => ({ path: entryPath, template, facts })),
        options: rule.options,
        settings: environment.settings,
        today: environment.today,
        report(descriptor: WorkspaceReportDescriptor) {
          const target = byPath.get(descriptor.path) ?? byPath.get(path.resolve(String(descriptor.path)));
          if (target === undefined) {
            const problem = createFileProblem(
              `Rule "${rule.id}" from plugin "${rule.plugin}" reported on \`${String(descriptor.path)}\`, expected one of the files of this run`,
              undefined,
              { fatal: false },
            );
            results[fallback].problems.push({ ...problem, ruleId: rule.id });
            return;
          }
          results[target].messages.push(createRuleMessage(rule, descriptor, files[target].readText));
        },
      }), timeBudget);
    } catch (error) {
      const reason =
        error instanceof TimeBudgetError
          ? new Error(`stopped after ${timeBudget} ms, expected at most limits.maxFileTimeMs for the check of all files`)
          : error;
      results[fallback].problems.push(createCrashMessage(rule, reason, { handler: 'check' }));
    }
  }
  return results;
}
