import type { LintFilesOutcome, ResolvedConfig } from '@specloom/core';
import { hashConfig } from '@specloom/core/host';
import type { CliRuntime } from '../runtime.js';
import { isInShard, shardPath, type Shard } from './shard-option.js';
import { writeReportFile } from './write-report-file.js';

/** What `lint --shard` and `--changed-since` cannot be combined with, or undefined when the options go together. */
export function lintScopeProblem(options: { shard?: Shard; shardReport?: string; changedSince?: string; fix: boolean; fixDryRun?: boolean; stdin?: boolean }): string | undefined {
  if (options.shard !== undefined && options.shardReport === undefined) {
    return 'Unexpected --shard without --shard-report FILE, expected a file for the shard\'s findings and workspace facts, which `specloom merge-reports` combines';
  }
  if (options.shardReport !== undefined && options.shard === undefined) return 'Unexpected --shard-report without --shard INDEX/COUNT';
  const scoped = options.shard !== undefined ? '--shard' : options.changedSince !== undefined ? '--changed-since' : undefined;
  if (scoped === undefined) return undefined;
  if (options.shard !== undefined && options.changedSince !== undefined) return 'Unexpected --shard with --changed-since, expected one of them';
  // A shard cannot apply workspace fixes (they need every file); a PR run would write files it does not report on.
  if (options.fix || options.fixDryRun) return `Unexpected ${scoped} with --fix${options.fix ? '' : '-dry-run'}, expected a run over all files to fix`;
  if (options.stdin) return `Unexpected ${scoped} with --stdin, expected files`;
  return undefined;
}

/** The files of one shard, by a hash of each path relative to the config's folder (the same on every machine). */
export function filesOfShard(files: string[], shard: Shard, root: string): string[] {
  return files.filter((file) => isInShard(shardPath(file, root), shard));
}

/** The workspace rules the config turns on: what a shard cannot judge alone. */
export function workspaceRuleIds(config: ResolvedConfig): string[] {
  return config.rules.filter(({ id, rule }) => rule.meta.scope === 'workspace' && config.ruleSettings.has(id)).map(({ id }) => id);
}

export interface ShardRun {
  shard: Shard;
  reportFile: string;
  allFiles: string[];
  today: string;
  version: string;
}

/** Write the shard report and say on stderr what the shard did and did not judge; returns why it could not be written. */
export async function writeShardReport(outcome: LintFilesOutcome, config: ResolvedConfig, run: ShardRun, runtime: CliRuntime): Promise<string | undefined> {
  const deferredRules = workspaceRuleIds(config);
  // Imported here: only a shard run needs the report format (and devalue).
  const { createShardReport } = await import('./shard-report.js');
  const report = createShardReport({
    version: run.version,
    config: hashConfig(config),
    today: run.today,
    shard: run.shard,
    root: config.rootDir,
    allFiles: run.allFiles,
    deferredRules,
    results: outcome.results,
    workspaceFiles: outcome.workspaceFiles ?? [],
  });
  const failure = await writeReportFile(run.reportFile, `${JSON.stringify(report)}\n`, runtime.cwd);
  if (failure !== undefined) return failure;
  const deferred = deferredRules.length === 0 ? 'no workspace rules are on' : `workspace rules (${deferredRules.join(', ')}) are left to \`specloom merge-reports\``;
  runtime.stderr.write(
    `specloom: shard ${run.shard.index}/${run.shard.count}: ${outcome.results.length} of ${run.allFiles.length} files, document rules only; ${deferred}; shard report written to ${run.reportFile}\n`,
  );
  return undefined;
}
