import { readFileSync } from 'node:fs';
import { checkDeferredWorkspace, hashConfig, hashContent } from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import { resolveFormatter } from '../formatters/resolve-formatter.js';
import type { CliRuntime } from '../runtime.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { reportResults, type ReportOptions } from './report-results.js';
import { mergedShardFiles, readShardReports, type MergedShardFile } from './shard-report.js';
import { usageError } from './usage-error.js';

export interface MergeReportsOptions extends ReportOptions {
  config?: string;
}

/**
 * The text of a file as the shard linted it, read from this checkout: only a workspace message on a file with
 * lint comments, or one with a fix, needs it. Returns why it cannot be had (the file is gone or changed, which
 * would place those wrongly), or the text.
 */
function readLintedText(file: MergedShardFile, cwd: string): { text: string } | { error: string } {
  const shown = displayPath(file.filePath, cwd);
  const expected = 'expected merge-reports to run in a checkout of the commit the shards linted';
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.filePath);
  } catch {
    return { error: `Cannot read "${shown}", which a workspace finding needs (for its lint comments or fix), ${expected}` };
  }
  if (file.contentHash !== undefined && hashContent(bytes) !== file.contentHash) {
    return { error: `Unexpected "${shown}" changed since its shard linted it, ${expected}` };
  }
  return { text: bytes.toString('utf8').replace(/^\uFEFF/u, '') };
}

/**
 * `specloom merge-reports DIR`: the reports of every shard of a `lint --shard i/n` run, the workspace rules run
 * over all of their facts, printed in any format with `lint`'s exit codes: the findings of one unsharded run.
 */
export async function runMergeReportsCommand(folder: string, options: MergeReportsOptions, runtime: CliRuntime): Promise<number> {
  const config = await loadResolvedConfig(options.config, runtime);
  const loadedFormatter = await resolveFormatter(options.format, runtime.cwd);
  if ('error' in loadedFormatter) return usageError(runtime, loadedFormatter.error);
  const loaded = await readShardReports(folder, { version: options.version ?? '0.0.0', config: hashConfig(config) }, runtime.cwd);
  if ('error' in loaded) return usageError(runtime, loaded.error);

  const files = mergedShardFiles(loaded, config.rootDir);
  // Rules read texts while they run: a file that cannot be read is noted and the merge fails once they are done.
  const unreadable: string[] = [];
  const read = (file: MergedShardFile) => {
    const outcome = readLintedText(file, runtime.cwd);
    if ('text' in outcome) return outcome.text;
    unreadable.push(outcome.error);
    return '';
  };
  const results = checkDeferredWorkspace(config, files.map((file) => ({ ...file, readText: () => read(file) })), { today: loaded.today });
  const [firstUnreadable] = unreadable;
  if (firstUnreadable !== undefined) return usageError(runtime, firstUnreadable);
  return reportResults(results, options, loadedFormatter.formatter, config, runtime);
}
