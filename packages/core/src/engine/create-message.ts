import type { LintMessage, Position, ReportDescriptor } from '../types/index.js';
import { mergeFixes } from './merge-fixes.js';
import type { EnabledRule } from './resolve-enabled-rules.js';

const START_OF_DOCUMENT: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

/** Replace `{{name}}` (spaces allowed inside the braces) from `data`; unknown names stay as written. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
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
  if (isPosition(descriptor.node?.position)) return descriptor.node.position as Position;
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
  if (rule.url) result.url = rule.url;
  if (typeof template === 'string') result.messageId = descriptor.messageId;
  return result;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** One error on the file for a rule that threw; the run goes on without it. */
export function createCrashMessage(rule: Pick<EnabledRule, 'id' | 'plugin' | 'url'>, error: unknown): LintMessage {
  const message: LintMessage = {
    ruleId: rule.id,
    severity: 2,
    message: `Rule "${rule.id}" from plugin "${rule.plugin}" crashed: ${errorText(error)}`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
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
