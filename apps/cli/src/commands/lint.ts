import path from 'node:path';
import { createConfigIgnoreFilter, findFiles, lintFilesConcurrently, type LintResult, type WorkerConfigSource } from '@specloom/core';
import { builtinPluginModules, builtinPlugins } from '../builtin-plugins.js';
import { createColors, shouldUseColor } from '../colors.js';
import { displayPath } from '../display-path.js';
import type { ReportContext } from '../formatters/report-context.js';
import { resolveFormatter } from '../formatters/resolve-formatter.js';
import { EXIT_USAGE_ERROR } from '../report-error.js';
import type { CliRuntime } from '../runtime.js';
import { withoutGitignoredFiles } from './gitignored-files.js';
import { createLintProgress } from './lint-progress.js';
import { lintStandardInput, loadStdinConfig, stdinUsageProblem } from './lint-stdin.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { resolveToday } from './today-option.js';
import { usageError } from './usage-error.js';
import { reportFileSummary, writeReportFile } from './write-report-file.js';

/** A built-in format (stylish, json, json-with-metadata, sarif, junit, github, gitlab) or an ESLint formatter. */
export type LintFormat = string;

export interface LintCommandOptions {
  format: LintFormat;
  /** `-o`: write the report to this file (atomically) and print only a summary. */
  outputFile?: string;
  fix: boolean;
  /** `--stdin`: lint standard input as the file `stdinFilename`, instead of files. */
  stdin?: boolean;
  stdinFilename?: string;
  /** `--fix-dry-run`: fix in memory and write nothing; the fixed text is each result's `output`. */
  fixDryRun?: boolean;
  /** `--no-error-on-unmatched-pattern` sets false: a pattern that matches nothing is then no error. */
  errorOnUnmatchedPattern?: boolean;
  /** `--no-gitignore` sets false: files git ignores are then linted too when folders and globs expand. */
  gitignore?: boolean;
  /** `--today YYYY-MM-DD`: the date date rules judge by (else `SPECLOOM_TODAY`, else the local date). */
  today?: string;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Report errors only. */
  quiet: boolean;
  config?: string;
  /** `--color` / `--no-color`; undefined decides from the stream and environment. */
  color?: boolean;
  ignorePattern: string[];
  /** Threads for the document phase; undefined = available cores. */
  concurrency?: number;
  cache?: boolean;
  /** Default `.specloomcache` in the cwd. */
  cacheLocation?: string;
  /** The specloom version, part of the cache key. */
  version?: string;
}

/** Workers load plugins themselves: possible for the built-in plugin modules, not for objects a host passed in. */
async function workerConfigSource(options: LintCommandOptions, runtime: CliRuntime): Promise<WorkerConfigSource | undefined> {
  if ((await runtime.loadBuiltinPlugins()) !== builtinPlugins) return undefined;
  const pluginModules = builtinPluginModules();
  return pluginModules && { cwd: runtime.cwd, configFile: options.config, pluginModules };
}

/** Absolute, keeping a trailing slash: `--cache-location .cache/` names a folder even before it exists, as in ESLint. */
function cacheLocation(option: string | undefined, cwd: string): string {
  if (option === undefined) return path.resolve(cwd, '.specloomcache');
  return `${path.resolve(cwd, option)}${/[\\/]$/u.test(option) ? path.sep : ''}`;
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

export async function runLintCommand(
  patterns: string[],
  options: LintCommandOptions,
  runtime: CliRuntime,
): Promise<number> {
  const stdinProblem = stdinUsageProblem(options);
  if (stdinProblem !== undefined) return usageError(runtime, stdinProblem);
  const resolvedToday = resolveToday(options.today, runtime.env);
  if ('error' in resolvedToday) return usageError(runtime, resolvedToday.error);
  const today = resolvedToday.today;
  const stdinPath = options.stdin ? path.resolve(runtime.cwd, options.stdinFilename!) : undefined;
  const config = stdinPath ? await loadStdinConfig(stdinPath, options, runtime) : await loadResolvedConfig(options.config, runtime);
  // Resolved before linting: a misspelt format or a missing formatter package fails at once, not after the run.
  const loadedFormatter = await resolveFormatter(options.format, runtime.cwd);
  if ('error' in loadedFormatter) return usageError(runtime, loadedFormatter.error);
  // With --stdin, patterns are not read (as in ESLint): the one input is standard input.
  const found = stdinPath ? { files: [], missing: [] } : await findFiles(patterns, { cwd: runtime.cwd, ignores: options.ignorePattern });
  const isIgnoredByConfig = createConfigIgnoreFilter(config);
  const notIgnored = found.files.filter((file) => !isIgnoredByConfig(file));
  const files = options.gitignore === false ? notIgnored : await withoutGitignoredFiles(notIgnored, patterns, runtime.cwd);
  const missing = options.errorOnUnmatchedPattern === false ? [] : found.missing;
  for (const pattern of missing) {
    runtime.stderr.write(`specloom: No files matching "${pattern}" were found.\n`);
  }

  // With `fix`, the engine writes changed files itself (atomically) and reports files it cannot write.
  const progress = createLintProgress(runtime.stderr, options.format === 'stylish' || options.outputFile !== undefined);
  const outcome = stdinPath
    ? { results: await lintStandardInput(stdinPath, config, { ...options, today }, runtime), notes: [] }
    : files.length === 0
      ? { results: [], notes: [] }
      : await lintFilesConcurrently(config, files, {
          fix: options.fix || options.fixDryRun === true,
          dryRun: options.fixDryRun === true,
          today,
          concurrency: options.concurrency,
          workerConfig: await workerConfigSource(options, runtime),
          cache: options.cache
            ? { location: cacheLocation(options.cacheLocation, runtime.cwd), version: options.version ?? '0' }
            : undefined,
          onProgress: (done, total) => progress.update(done, total),
        }).finally(() => progress.finish());
  const results = outcome.results;
  for (const note of outcome.notes) runtime.stderr.write(`specloom: ${note}\n`);

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
    output = await loadedFormatter.formatter(shown, context);
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
    runtime.stderr.write(
      `specloom found too many warnings (maximum: ${options.maxWarnings}, found: ${warningCount}).\n`,
    );
  }

  if (missing.length > 0) return EXIT_USAGE_ERROR;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}
