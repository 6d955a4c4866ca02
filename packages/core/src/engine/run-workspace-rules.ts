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

interface FileSlot {
  file: WorkspaceFile;
  result: WorkspaceFileMessages;
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
  // Each file with the result it collects, so a report lands on its file's result by reference.
  const slots = files.map((file): FileSlot => ({ file, result: { messages: [], problems: [] } }));
  const results = slots.map(({ result }) => result);
  const participants = slots.filter(({ file }) => file.template !== null);
  const [firstParticipant] = participants;
  if (firstParticipant === undefined) return results;

  const byPath = new Map<string, FileSlot>();
  for (const slot of participants) {
    if (!byPath.has(slot.file.filePath)) byPath.set(slot.file.filePath, slot);
    const absolute = path.resolve(slot.file.filePath);
    if (!byPath.has(absolute)) byPath.set(absolute, slot);
  }
  for (const slot of slots) {
    if (!byPath.has(slot.file.filePath)) byPath.set(slot.file.filePath, slot);
  }

  for (const rule of rules) {
    const entries: Array<WorkspaceEntry<unknown> & { slot: FileSlot }> = [];
    for (const slot of participants) {
      const { file } = slot;
      if (!file.facts.has(rule.id)) continue;
      entries.push({ path: file.filePath, template: file.template ?? undefined, facts: file.facts.get(rule.id), slot });
    }
    // A crash in `check` belongs to no single file: it goes on the first file the rule saw.
    const fallback = entries[0]?.slot ?? firstParticipant;
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
            fallback.result.problems.push({ ...problem, ruleId: rule.id });
            return;
          }
          target.result.messages.push(createRuleMessage(rule, descriptor, target.file.readText));
        },
      }), timeBudget);
    } catch (error) {
      const reason =
        error instanceof TimeBudgetError
          ? new Error(`stopped after ${timeBudget} ms, expected at most limits.maxFileTimeMs for the check of all files`)
          : error;
      fallback.result.problems.push(createCrashMessage(rule, reason, { handler: 'check' }));
    }
  }
  return results;
}
