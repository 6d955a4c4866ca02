import type { LintMessage, LintResult } from '@specloom/core';
import { createColors } from '../colors.js';
import { displayPath } from '../display-path.js';

export interface StylishOptions {
  /** Paths are shown relative to this folder. Defaults to `process.cwd()`. */
  cwd?: string;
  /** Defaults to false: callers decide from the stream and flags. */
  color?: boolean;
}

interface Row {
  line: string;
  column: string;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string;
}

function pluralize(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function toRow(message: LintMessage): Row {
  return {
    line: String(message.line),
    column: String(message.column),
    severity: message.severity === 2 ? 'error' : 'warning',
    // ESLint's stylish drops a final period: the rule id follows on the same line.
    message: message.message.replace(/([^ ])\.$/u, '$1'),
    ruleId: message.ruleId ?? '',
  };
}

function widest(rows: Row[], pick: (row: Row) => string): number {
  return Math.max(...rows.map((row) => pick(row).length));
}

/**
 * ESLint's "stylish" layout: each file's path underlined, then one aligned row per message
 * (`line:column  severity  message  ruleId`), then a summary. Returns '' when there is nothing to report.
 */
export function formatStylish(results: LintResult[], options: StylishOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const colors = createColors(options.color ?? false);
  let output = '';
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;

  for (const result of results) {
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    fixableErrorCount += result.fixableErrorCount;
    fixableWarningCount += result.fixableWarningCount;
    if (result.messages.length === 0) continue;

    const rows = result.messages.map(toRow);
    const lineWidth = widest(rows, (row) => row.line);
    const columnWidth = widest(rows, (row) => row.column);
    const severityWidth = widest(rows, (row) => row.severity);
    const messageWidth = widest(rows, (row) => row.message);

    output += `\n${colors.underline(displayPath(result.filePath, cwd))}\n`;
    for (const row of rows) {
      const position = colors.dim(`${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`);
      const severityColor = row.severity === 'error' ? colors.red : colors.yellow;
      const severity = severityColor(row.severity) + ' '.repeat(severityWidth - row.severity.length);
      // Pad the message only when a rule id follows, so no line ends in white space.
      const message = row.ruleId === '' ? row.message : row.message.padEnd(messageWidth);
      const ruleId = row.ruleId === '' ? '' : `  ${colors.dim(row.ruleId)}`;
      output += `  ${position}  ${severity}  ${message}${ruleId}`.trimEnd() + '\n';
    }
  }

  const total = errorCount + warningCount;
  if (total === 0) return '';

  const summaryColor = errorCount > 0 ? colors.red : colors.yellow;
  output += '\n';
  output += summaryColor(
    colors.bold(
      `\u2716 ${pluralize(total, 'problem')} (${pluralize(errorCount, 'error')}, ${pluralize(warningCount, 'warning')})`,
    ),
  );
  output += '\n';
  if (fixableErrorCount > 0 || fixableWarningCount > 0) {
    output += summaryColor(
      colors.bold(
        `  ${pluralize(fixableErrorCount, 'error')} and ${pluralize(fixableWarningCount, 'warning')} ` +
          'potentially fixable with the --fix option.',
      ),
    );
    output += '\n';
  }
  return output;
}
