import type { Nodes, Parents } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LintMessage, RuleVisitors, SpecDocument, TemplateDefinition } from '../types/index.js';
import { createCrashMessage, type CrashSite } from './create-message.js';
import { createRuleContext, type RunEnvironment } from './create-rule-context.js';
import { readLintComment, type LintCommentMarker } from './lint-comment-markers.js';
import type { EnabledDocumentRule } from './resolve-enabled-rules.js';

export interface DocumentRulesOutcome {
  /** Reports of the rules (lint comments can turn these off). */
  messages: LintMessage[];
  /** Crashed rules and malformed lint comments (always shown). */
  problems: LintMessage[];
  /** `<!--lint …-->` comments, for filtering this file's messages later. */
  markers: LintCommentMarker[];
}

/** What the engine is doing for one file, so a file stopped by its time budget can say where it was. */
export interface LintActivity {
  stage: string;
}

/** Crash messages per rule and document; past this, one message counts the rest. */
export const MAX_CRASH_MESSAGES_PER_RULE = 5;

type NodeHandler = (node: Nodes, parent: Parents | undefined) => void;

interface Handler {
  rule: EnabledDocumentRule;
  name: string;
  call: NodeHandler;
}

/**
 * Run the document rules over one document: every rule's `create`, then a single traversal of the mdast tree
 * that hands each node only to the visitors registered for its type. Lint comments are collected in the same
 * traversal. A rule that throws gets a crash message naming it and the node it was handling; it keeps being
 * called for the other nodes, so one bad table row does not hide its findings in the next.
 */
export function runDocumentRules(
  document: SpecDocument,
  template: TemplateDefinition | undefined,
  rules: EnabledDocumentRule[],
  environment: RunEnvironment,
  activity: LintActivity = { stage: '' },
): DocumentRulesOutcome {
  const messages: LintMessage[] = [];
  const problems: LintMessage[] = [];
  const markers: LintCommentMarker[] = [];
  const crashes = new Map<EnabledDocumentRule, number>();

  function crash(rule: EnabledDocumentRule, error: unknown, site: CrashSite): void {
    const count = (crashes.get(rule) ?? 0) + 1;
    crashes.set(rule, count);
    if (count <= MAX_CRASH_MESSAGES_PER_RULE) problems.push(createCrashMessage(rule, error, site));
  }

  const starts: Handler[] = [];
  const exits: Handler[] = [];
  const byType = new Map<string, Handler[]>();
  for (const rule of rules) {
    let visitors: RuleVisitors | void;
    activity.stage = `running rule "${rule.id}"`;
    try {
      visitors = rule.rule.create(createRuleContext(rule, document, template, environment, messages));
    } catch (error) {
      crash(rule, error, { handler: 'create' });
      continue;
    }
    if (!visitors || typeof visitors !== 'object') continue;
    for (const [key, value] of Object.entries(visitors)) {
      if (typeof value !== 'function') continue;
      const handler: Handler = { rule, name: key, call: value as NodeHandler };
      if (key === 'document') starts.push(handler);
      else if (key === 'document:exit') exits.push(handler);
      else {
        const handlers = byType.get(key);
        if (handlers) handlers.push(handler);
        else byType.set(key, [handler]);
      }
    }
  }

  function dispatch(handlers: Handler[], node?: Nodes, parent?: Parents): void {
    for (const handler of handlers) {
      activity.stage = `running rule "${handler.rule.id}"`;
      try {
        if (node) handler.call(node, parent);
        else (handler.call as () => void)();
      } catch (error) {
        crash(handler.rule, error, { handler: handler.name, node });
      }
    }
  }

  dispatch(starts);
  visit(document.tree, (node, index, parent) => {
    if (node.type === 'html') {
      const found = readLintComment(node, index, parent);
      if (found.marker) markers.push(found.marker);
      if (found.problem) problems.push(found.problem);
    }
    const handlers = byType.get(node.type);
    if (handlers) dispatch(handlers, node, parent);
  });
  dispatch(exits);

  for (const [rule, count] of crashes) {
    if (count <= MAX_CRASH_MESSAGES_PER_RULE) continue;
    const more = count - MAX_CRASH_MESSAGES_PER_RULE;
    problems.push({
      ...createCrashMessage(rule, undefined),
      message: `Rule "${rule.id}" from plugin "${rule.plugin}" crashed on ${more} more node${more === 1 ? '' : 's'} of this file (the first ${MAX_CRASH_MESSAGES_PER_RULE} are shown)`,
    });
  }
  return { messages, problems, markers };
}
