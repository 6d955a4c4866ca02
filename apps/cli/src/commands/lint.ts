import path from 'node:path';
import type { WorkerConfigSource } from '@specloom/core';
import { createConfigIgnoreFilter, createEngine, findFiles } from '@specloom/core/host';
import { builtinPluginModules, builtinPlugins } from '../builtin-plugins.js';
import { resolveFormatter } from '../formatters/resolve-formatter.js';
import { EXIT_USAGE_ERROR } from '../report-error.js';
import type { CliRuntime } from '../runtime.js';
import { withoutGitignoredFiles } from './gitignored-files.js';
import { changedFilesSince } from './changed-files.js';
import { createLintProgress } from './lint-progress.js';
import { filesOfShard, lintScopeProblem, writeShardReport } from './lint-shard.js';
import { lintStandardInput, loadStdinConfig, stdinUsageProblem } from './lint-stdin.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { localDate } from './local-date.js';
import { reportResults } from './report-results.js';
import type { Shard } from './shard-option.js';
import { resolveToday } from './today-option.js';
import { usageError } from './usage-error.js';

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
  /** `--shard 2/4`: lint this share of the files, document rules only (with `shardReport`). */
  shard?: Shard;
  /** `--shard-report FILE`: the shard's findings and workspace facts, for `merge-reports`. */
  shardReport?: string;
  /** `--changed-since REF`: report only on files changed since the git ref; workspace rules still see every file. */
  changedSince?: string;
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

export async function runLintCommand(
  patterns: string[],
  options: LintCommandOptions,
  runtime: CliRuntime,
): Promise<number> {
  const stdinProblem = stdinUsageProblem(options) ?? lintScopeProblem(options);
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
  const changed = options.changedSince === undefined ? undefined : await changedFilesSince(options.changedSince, runtime.cwd);
  if (changed && 'error' in changed) return usageError(runtime, changed.error);
  const linted = options.shard ? filesOfShard(files, options.shard, config.rootDir) : files;

  // With `fix`, the engine writes changed files itself (atomically) and reports files it cannot write.
  const progress = createLintProgress(runtime.stderr, options.format === 'stylish' || options.outputFile !== undefined);
  const outcome = stdinPath
    ? { results: await lintStandardInput(stdinPath, config, { ...options, today }, runtime), notes: [], threads: 1, cacheHits: 0 }
    : linted.length === 0
      ? { results: [], notes: [], threads: 1, cacheHits: 0 }
      : await createEngine(config).lintFiles(linted, {
          deferWorkspace: options.shard !== undefined,
          fix: options.fix || options.fixDryRun === true,
          dryRun: options.fixDryRun === true,
          today: options.shard ? (today ?? localDate()) : today,
          concurrency: options.concurrency,
          workerConfig: await workerConfigSource(options, runtime),
          cache: options.cache
            ? { location: cacheLocation(options.cacheLocation, runtime.cwd), version: options.version ?? '0' }
            : undefined,
          onProgress: (done, total) => progress.update(done, total),
        }).finally(() => progress.finish());
  for (const note of outcome.notes) runtime.stderr.write(`specloom: ${note}\n`);
  if (options.shard) {
    // The date is fixed here so the merge judges the workspace rules by the date the shard's rules used.
    const run = { shard: options.shard, reportFile: options.shardReport!, allFiles: files, today: today ?? localDate(), version: options.version ?? '0.0.0' };
    const failure = await writeShardReport(outcome, config, run, runtime);
    if (failure !== undefined) return usageError(runtime, failure);
  }
  // With --changed-since, every file was linted (workspace rules need them all) and only the changed are shown.
  const results = changed ? outcome.results.filter((result) => changed.files.has(result.filePath)) : outcome.results;
  if (changed) {
    runtime.stderr.write(`specloom: --changed-since ${options.changedSince}: reporting on ${results.length} changed of ${outcome.results.length} files; workspace rules saw all of them\n`);
  }

  const exitCode = await reportResults(results, options, loadedFormatter.formatter, config, runtime);
  if (missing.length > 0 || exitCode === EXIT_USAGE_ERROR) return EXIT_USAGE_ERROR;
  // A shard's verdict is merge-reports': its findings lack the workspace rules, and a failing shard would stop a CI matrix.
  return options.shard ? 0 : exitCode;
}
