import type { LintResult, ResolvedConfig } from '@specloom/core';
import { createColors, shouldUseColor } from '../colors.js';
import { displayPath } from '../display-path.js';
import type { ReportContext } from '../formatters/report-context.js';
import type { ReportFormatter } from '../formatters/report-context.js';
import type { CliRuntime } from '../runtime.js';
import { usageError } from './usage-error.js';
import { reportFileSummary, writeReportFile } from './write-report-file.js';

/** How results are shown: the options `lint` and `merge-reports` share. */
export interface ReportOptions {
  format: string;
  /** `-o`: write the report to this file (atomically) and print only a summary. */
  outputFile?: string;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Report errors only. */
  quiet: boolean;
  /** `--color` / `--no-color`; undefined decides from the stream and environment. */
  color?: boolean;
  /** The specloom version, for formats that name their tool. */
  version?: string;
}

/** `--quiet`: keep errors only, with counts that match what is shown. */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0,
  };
}

/**
 * Print (or write with `-o`) the results in the chosen format, notes on stderr, and return the exit code: 1 for
 * errors or too many warnings, 2 when the report cannot be made or written, else 0.
 */
export async function reportResults(
  results: LintResult[],
  options: ReportOptions,
  formatter: ReportFormatter,
  config: ResolvedConfig,
  runtime: CliRuntime,
): Promise<number> {
  if (!options.quiet) {
    const stderrColors = createColors(shouldUseColor(runtime.stderr, options.color, runtime.env));
    for (const result of results) {
      if (result.note === undefined) continue;
      // Notes are information, not findings: stderr keeps stdout parseable.
      runtime.stderr.write(stderrColors.dim(`\u2139 ${displayPath(result.filePath, runtime.cwd)}: ${result.note}`) + '\n');
    }
  }

  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  // Warnings count against --max-warnings even when --quiet hides them, as in ESLint.
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const maxWarningsExceeded =
    options.maxWarnings !== undefined && warningCount > options.maxWarnings
      ? { maxWarnings: options.maxWarnings, foundWarnings: warningCount }
      : undefined;
  const tooManyWarnings = maxWarningsExceeded !== undefined;

  const shown = options.quiet ? results.map(errorsOnly) : results;
  const context: ReportContext = {
    cwd: runtime.cwd,
    // A report file is never coloured: escape codes would end up in CI artifacts.
    color: options.outputFile === undefined && shouldUseColor(runtime.stdout, options.color, runtime.env),
    version: options.version ?? '0.0.0',
    config,
    maxWarningsExceeded,
  };
  let output: string;
  try {
    output = await formatter(shown, context);
  } catch (error) {
    return usageError(runtime, `Formatter "${options.format}" failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (options.outputFile !== undefined) {
    const failure = await writeReportFile(options.outputFile, output, runtime.cwd);
    if (failure !== undefined) return usageError(runtime, failure);
    runtime.stdout.write(reportFileSummary(shown, options.format, options.outputFile, runtime.cwd));
  } else if (output !== '') {
    runtime.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  }
  if (tooManyWarnings) {
    runtime.stderr.write(`specloom found too many warnings (maximum: ${options.maxWarnings}, found: ${warningCount}).\n`);
  }
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}
