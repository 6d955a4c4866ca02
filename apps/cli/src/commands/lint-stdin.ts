import path from 'node:path';
import picomatch from 'picomatch';
import type { LintResult, ResolvedConfig } from '@specloom/core';
import { createConfigIgnoreFilter, createEngine, loadConfig } from '@specloom/core/host';
import type { CliRuntime } from '../runtime.js';
import type { LintCommandOptions } from './lint.js';
import { loadResolvedConfig } from './load-resolved-config.js';

/** The flags that go with `--stdin` and those that do not, checked before anything is read. */
export function stdinUsageProblem(options: LintCommandOptions): string | undefined {
  if (options.fix && options.fixDryRun) return '--fix writes the fixes and --fix-dry-run writes nothing: expected one of them';
  if (!options.stdin) {
    if (options.stdinFilename !== undefined) return '--stdin-filename names the text read with --stdin: expected --stdin too';
    return undefined;
  }
  if (options.stdinFilename === undefined || options.stdinFilename === '') {
    return '--stdin needs --stdin-filename PATH: expected the path the text is linted as (its template and config depend on it)';
  }
  if (options.fix) return '--fix writes files, and standard input has none: expected --fix-dry-run with --stdin';
  return undefined;
}

/** The config a file at `filePath` would get: searched upward from its folder, unless `--config` names one. */
export async function loadStdinConfig(filePath: string, options: LintCommandOptions, runtime: CliRuntime): Promise<ResolvedConfig> {
  if (options.config !== undefined) return loadResolvedConfig(options.config, runtime);
  return loadConfig({ cwd: path.dirname(filePath), builtinPlugins: await runtime.loadBuiltinPlugins() });
}

/** As a file found on disk would be: `--ignore-pattern` globs (relative to the cwd) and the config's `ignores`. */
function isIgnored(filePath: string, config: ResolvedConfig, options: LintCommandOptions, runtime: CliRuntime): boolean {
  if (createConfigIgnoreFilter(config)(filePath)) return true;
  if (options.ignorePattern.length === 0) return false;
  const patterns = options.ignorePattern.flatMap((pattern) => {
    const trimmed = pattern.split(path.sep).join('/').replace(/^\.\//u, '').replace(/\/+$/u, '');
    return [trimmed, `${trimmed}/**`];
  });
  return picomatch(patterns, { dot: true })(path.relative(runtime.cwd, filePath).split(path.sep).join('/'));
}

/**
 * `--stdin --stdin-filename PATH`: the text on standard input linted as if it were the file PATH (template by
 * path and content, relative links from its folder), never written. `--fix-dry-run` puts the fixed text in the
 * result's `output`.
 */
export async function lintStandardInput(
  filePath: string,
  config: ResolvedConfig,
  options: LintCommandOptions,
  runtime: CliRuntime,
): Promise<LintResult[]> {
  // Read even when ignored: the editor or shell that pipes the text expects it to be consumed.
  const bytes = await runtime.readStdin();
  if (isIgnored(filePath, config, options, runtime)) {
    const note = 'File ignored by --ignore-pattern or the config\u2019s ignores; not linted.';
    return [{ filePath, template: null, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, note }];
  }
  // A byte order mark is kept, as the engine keeps it for files: a fixed text must differ only where fixed.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return createEngine(config).lintTexts([{ text, filePath }], { fix: options.fixDryRun === true, today: options.today });
}
