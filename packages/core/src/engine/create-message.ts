import type { LintMessage, Position, ReportDescriptor } from '../types/index.js';
import { mergeFixes } from './merge-fixes.js';
import type { EnabledRule } from './resolve-enabled-rules.js';
import { MAX_QUOTED_LENGTH, truncateText } from './truncate-text.js';

const START_OF_DOCUMENT: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

/**
 * Replace `{{name}}` (spaces allowed inside the braces) from `data`; unknown names stay as written. Each value
 * is cut to `MAX_QUOTED_LENGTH` characters: a message says what is wrong, the file holds the whole value.
 */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? truncateText(String(data[name]), MAX_QUOTED_LENGTH) : whole,
  );
}

function hasPoint(value: unknown): value is { line: number; column: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { line, column } = value as { line?: unknown; column?: unknown };
  return typeof line === 'number' && typeof column === 'number' && line >= 1 && column >= 1;
}

function isPosition(value: unknown): value is Position {
  return typeof value === 'object' && value !== null && hasPoint((value as Position).start);
}

function reportPosition(descriptor: ReportDescriptor): Position {
  if (isPosition(descriptor.position)) return descriptor.position;
  if (isPosition(descriptor.node?.position)) return descriptor.node.position;
  return START_OF_DOCUMENT;
}

function describeMessageIds(messages: Record<string, string>): string {
  const ids = Object.keys(messages);
  return ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : 'none (the rule declares no messages)';
}

/**
 * The message a rule's `report` produces, in the result's shape. `text` is the document the fix applies to (a
 * function when getting it costs a read: only a fix needs it).
 */
export function createRuleMessage(rule: EnabledRule, descriptor: ReportDescriptor, text: string | (() => string)): LintMessage {
  const messages = rule.rule.meta?.messages ?? {};
  const template = Object.prototype.hasOwnProperty.call(messages, descriptor.messageId)
    ? messages[descriptor.messageId]
    : undefined;
  const message =
    typeof template === 'string'
      ? formatMessage(template, descriptor.data)
      : `Unexpected unknown messageId \`${String(descriptor.messageId)}\` reported by rule \`${rule.id}\`, expected one of ${describeMessageIds(messages)}`;

  const position = reportPosition(descriptor);
  const end = hasPoint(position.end) ? position.end : position.start;
  // A rule may ask for a softer severity (warn while Draft), never a harsher one than configured.
  const severity: 1 | 2 = descriptor.severity === 'warn' ? 1 : rule.severity;

  const result: LintMessage = {
    ruleId: rule.id,
    severity,
    message,
    line: position.start.line,
    column: position.start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (descriptor.fix) {
    const fix = mergeFixes(descriptor.fix, typeof text === 'string' ? text : text());
    if (fix) result.fix = fix;
  }
  if (descriptor.suggest?.length) {
    const suggestions = descriptor.suggest.flatMap(({ desc, fix: edits }) => {
      const fix = mergeFixes(edits, typeof text === 'string' ? text : text());
      return fix ? [{ desc, fix }] : [];
    });
    if (suggestions.length > 0) result.suggestions = suggestions;
  }
  if (rule.url) result.url = rule.url;
  if (typeof template === 'string') result.messageId = descriptor.messageId;
  return result;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Where a rule was when it threw: which handler, and the node it was given. */
export interface CrashSite {
  /** `create`, `document`, `document:exit`, `collect`, `check`, or the mdast node type of a visitor. */
  handler: string;
  node?: { type: string; position?: unknown };
}

function describeSite(site: CrashSite | undefined): string {
  if (!site) return '';
  const position = site.node?.position;
  if (site.node && isPosition(position)) return ` on the \`${site.node.type}\` node at ${position.start.line}:${position.start.column}`;
  if (site.node) return ` on a \`${site.node.type}\` node`;
  return ` in \`${site.handler}\``;
}

/**
 * One error on the file for a rule that threw, at the node it was handling (the document start otherwise),
 * naming the rule, its plugin and the node. What the rule reported before stays, and so do other rules' reports.
 */
export function createCrashMessage(rule: Pick<EnabledRule, 'id' | 'plugin' | 'url'>, error: unknown, site?: CrashSite): LintMessage {
  const position = isPosition(site?.node?.position) ? (site.node.position) : START_OF_DOCUMENT;
  const end = hasPoint(position.end) ? position.end : position.start;
  const message: LintMessage = {
    ruleId: rule.id,
    severity: 2,
    message: `Rule "${rule.id}" from plugin "${rule.plugin}" crashed${describeSite(site)}: ${truncateText(errorText(error), MAX_QUOTED_LENGTH)}`,
    line: position.start.line,
    column: position.start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (rule.url) message.url = rule.url;
  return message;
}

/** A problem with the file itself (unreadable, binary, broken front matter): `ruleId` null, severity error. */
export function createFileProblem(
  message: string,
  position: Position = START_OF_DOCUMENT,
  options: { fatal?: boolean } = {},
): LintMessage {
  const end = hasPoint(position.end) ? position.end : position.start;
  const problem: LintMessage = {
    ruleId: null,
    severity: 2,
    message,
    line: position.start.line,
    column: position.start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (options.fatal ?? true) problem.fatal = true;
  return problem;
}
