import type { LintMessage, LintResult } from '@specloom/core';
import { displayPath } from '../display-path.js';
import type { ReportContext } from './report-context.js';

/** As `@actions/core` escapes a command's message: a line break would end the command. */
function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Property values also end at `,` and `:`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

function workflowCommand(filePath: string, message: LintMessage): string {
  const command = message.severity === 2 ? 'error' : 'warning';
  const properties = [
    `file=${escapeProperty(filePath)}`,
    `line=${message.line}`,
    `col=${message.column}`,
    `endLine=${message.endLine}`,
    `endColumn=${message.endColumn}`,
    `title=${escapeProperty(message.ruleId ?? 'specloom')}`,
  ];
  return `::${command} ${properties.join(',')}::${escapeData(message.message)}`;
}

/**
 * GitHub Actions workflow commands: each message becomes an annotation on the pull request's diff, titled with
 * its rule id. Paths are relative to the working directory, which in a workflow is the checkout.
 */
export function formatGithub(results: LintResult[], context: ReportContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const filePath = displayPath(result.filePath, context.cwd);
    for (const message of result.messages) lines.push(workflowCommand(filePath, message));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
