import type { Html, Nodes, Parents } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LintMessage, RuleVisitors, SpecDocument, TemplateDefinition } from '../types/index.js';
import { createCrashMessage } from './create-message.js';
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

type NodeHandler = (node: Nodes, parent: Parents | undefined) => void;

interface Handler {
  ruleIndex: number;
  call: NodeHandler;
}

/**
 * Run the document rules over one document: every rule's `create`, then a single traversal of the mdast tree
 * that hands each node only to the visitors registered for its type. Lint comments are collected in the same
 * traversal. A rule that throws gets one crash message and is not called again for this document.
 */
export function runDocumentRules(
  document: SpecDocument,
  template: TemplateDefinition | undefined,
  rules: EnabledDocumentRule[],
  environment: RunEnvironment,
): DocumentRulesOutcome {
  const messages: LintMessage[] = [];
  const problems: LintMessage[] = [];
  const markers: LintCommentMarker[] = [];
  const crashed = new Set<number>();

  function crash(ruleIndex: number, error: unknown): void {
    if (crashed.has(ruleIndex)) return;
    crashed.add(ruleIndex);
    problems.push(createCrashMessage(rules[ruleIndex], error));
  }

  const starts: Handler[] = [];
  const exits: Handler[] = [];
  const byType = new Map<string, Handler[]>();
  rules.forEach((rule, ruleIndex) => {
    let visitors: RuleVisitors | void;
    try {
      visitors = rule.rule.create(createRuleContext(rule, document, template, environment, messages));
    } catch (error) {
      crash(ruleIndex, error);
      return;
    }
    if (!visitors || typeof visitors !== 'object') return;
    for (const [key, value] of Object.entries(visitors)) {
      if (typeof value !== 'function') continue;
      const handler: Handler = { ruleIndex, call: value as NodeHandler };
      if (key === 'document') starts.push(handler);
      else if (key === 'document:exit') exits.push(handler);
      else {
        const handlers = byType.get(key);
        if (handlers) handlers.push(handler);
        else byType.set(key, [handler]);
      }
    }
  });

  function dispatch(handlers: Handler[], node?: Nodes, parent?: Parents): void {
    for (const handler of handlers) {
      if (crashed.has(handler.ruleIndex)) continue;
      try {
        if (node) handler.call(node, parent);
        else (handler.call as () => void)();
      } catch (error) {
        crash(handler.ruleIndex, error);
      }
    }
  }

  dispatch(starts);
  visit(document.tree, (node, index, parent) => {
    if (node.type === 'html') {
      const found = readLintComment(node as Html, index, parent as Parents | undefined);
      if (found.marker) markers.push(found.marker);
      if (found.problem) problems.push(found.problem);
    }
    const handlers = byType.get(node.type);
    if (handlers) dispatch(handlers, node as Nodes, parent as Parents | undefined);
  });
  dispatch(exits);

  return { messages, problems, markers };
}
