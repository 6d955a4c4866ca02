import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult } from '@specloom/core';
import { relocatePaths, type DeferredWorkspaceFile } from '@specloom/core/host';
import { stringify, unflatten } from 'devalue';
import { displayPath } from '../display-path.js';
import type { Shard } from './shard-option.js';
import { shardPath } from './shard-option.js';

/** The first field of every shard report: what it is and its layout version. */
export const SHARD_REPORT_FORMAT = 'specloom-shard-report/1';

/** One linted file of a shard: its document-phase result and what the workspace rules need of it. */
interface ShardReportFile {
  /** Relative to the config's folder, `/`-separated: the same on every machine. */
  path: string;
  result: Omit<LintResult, 'filePath'>;
  markers?: DeferredWorkspaceFile['markers'];
  contentHash?: string;
  /** Workspace facts by rule id, flattened by devalue: facts may hold Maps and Sets, which JSON cannot. */
  facts?: unknown;
}

/** What `lint --shard i/n --shard-report FILE` writes and `merge-reports` reads. */
export interface ShardReport {
  format: typeof SHARD_REPORT_FORMAT;
  /** The specloom version: rules may change between versions. */
  version: string;
  /** `hashConfig` of the config the shard ran with. */
  config: string;
  /** The date date rules judged by. */
  today: string;
  shard: Shard;
  /** Every file the patterns found, before sharding: all shards must start from the same list. */
  files: { count: number; hash: string };
  /** The config's folder on the machine that ran the shard, to move absolute paths in facts to the merge's. */
  root: string;
  /** The workspace rules this shard could not judge: `merge-reports` runs them. */
  deferredRules: string[];
  results: ShardReportFile[];
}

/** A hash of the sorted relative paths of every file found, so `merge-reports` can tell shards linted the same set. */
export function hashFileList(files: string[], root: string): string {
  const relative = files.map((file) => shardPath(file, root)).sort();
  return createHash('sha256').update(relative.join('\n')).digest('hex');
}

export interface ShardReportInput {
  version: string;
  config: string;
  today: string;
  shard: Shard;
  root: string;
  /** Every file found before sharding. */
  allFiles: string[];
  deferredRules: string[];
  results: LintResult[];
  /** In the order of `results`. */
  workspaceFiles: DeferredWorkspaceFile[];
}

export function createShardReport(input: ShardReportInput): ShardReport {
  return {
    format: SHARD_REPORT_FORMAT,
    version: input.version,
    config: input.config,
    today: input.today,
    shard: input.shard,
    files: { count: input.allFiles.length, hash: hashFileList(input.allFiles, input.root) },
    root: input.root,
    deferredRules: input.deferredRules,
    results: input.results.map(({ filePath, ...result }, index) => {
      const file: ShardReportFile = { path: shardPath(filePath, input.root), result };
      const workspaceFile = input.workspaceFiles[index];
      if (workspaceFile === undefined) throw new TypeError(`Unexpected ${input.results.length} results with ${input.workspaceFiles.length} workspace files, expected one each`);
      const { markers, contentHash, facts } = workspaceFile;
      if (markers.length > 0) file.markers = markers;
      if (contentHash !== undefined) file.contentHash = contentHash;
      if (facts.size > 0) file.facts = JSON.parse(stringify(facts)) as unknown;
      return file;
    }),
  };
}

/** A shard's file as the merge uses it: paths moved to the merge's checkout, facts revived. */
export interface MergedShardFile extends DeferredWorkspaceFile {
  result: LintResult;
}

export interface ShardReportSet {
  reports: Array<{ file: string; report: ShardReport }>;
  today: string;
}

type Loaded = ShardReportSet | { error: string };

function isShardReport(value: unknown): value is ShardReport {
  const report = value as Partial<ShardReport> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    typeof report.version === 'string' &&
    typeof report.config === 'string' &&
    typeof report.today === 'string' &&
    typeof report.root === 'string' &&
    Number.isInteger(report.shard?.index) &&
    Number.isInteger(report.shard?.count) &&
    typeof report.files?.hash === 'string' &&
    Array.isArray(report.results)
  );
}

async function jsonFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const WRITTEN_BY = 'written by `specloom lint --shard INDEX/COUNT --shard-report FILE`';

/**
 * Every shard report in `folder` (and its subfolders, as CI artifact downloads lay them out), checked to be one
 * complete set: same specloom version, config, date and file list, and each shard of the count exactly once.
 */
export async function readShardReports(folder: string, expected: { version: string; config: string }, cwd: string): Promise<Loaded> {
  const absolute = path.resolve(cwd, folder);
  const shown = (file: string) => displayPath(file, cwd);
  const stats = await stat(absolute).catch(() => undefined);
  if (!stats?.isDirectory()) return { error: `Cannot read shard reports from "${folder}": expected a folder of reports ${WRITTEN_BY}` };
  const files = await jsonFilesIn(absolute);

  const reports: ShardReportSet['reports'] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      return { error: `Unexpected unreadable or invalid JSON in "${shown(file)}" (${error instanceof Error ? error.message : String(error)}), expected a shard report ${WRITTEN_BY}` };
    }
    const format = (value as { format?: unknown } | null)?.format;
    if (typeof format === 'string' && format.startsWith('specloom-shard-report/') && format !== SHARD_REPORT_FORMAT) {
      return { error: `Unexpected shard report format "${format}" in "${shown(file)}", expected "${SHARD_REPORT_FORMAT}": run every shard and the merge with the same specloom version` };
    }
    if (format !== SHARD_REPORT_FORMAT || !isShardReport(value)) {
      return { error: `Unexpected "${shown(file)}", expected a shard report ${WRITTEN_BY}` };
    }
    reports.push({ file, report: value });
  }

  const [first] = reports;
  if (first === undefined) return { error: `No shard reports (*.json) in "${folder}", expected the reports ${WRITTEN_BY}` };
  for (const { file, report } of reports) {
    if (report.version !== expected.version) {
      return { error: `Unexpected shard report "${shown(file)}" from specloom ${report.version}, expected one from this specloom (${expected.version}): run every shard and the merge with the same version` };
    }
    if (report.config !== expected.config) {
      return { error: `Unexpected shard report "${shown(file)}" made with another config than this merge's, expected the same config (rules, options, plugins) for every shard and the merge` };
    }
    if (report.today !== first.report.today) {
      return { error: `Unexpected shard report "${shown(file)}" judged by the date ${report.today} and "${shown(first.file)}" by ${first.report.today}, expected one date for every shard (set --today or SPECLOOM_TODAY)` };
    }
    if (report.shard.count !== first.report.shard.count) {
      return { error: `Unexpected shard ${report.shard.index}/${report.shard.count} in "${shown(file)}" beside shard ${first.report.shard.index}/${first.report.shard.count} in "${shown(first.file)}", expected one shard count for every shard` };
    }
    if (report.files.hash !== first.report.files.hash) {
      return { error: `Unexpected shard report "${shown(file)}" over another set of files (${report.files.count}) than "${shown(first.file)}" (${first.report.files.count}), expected every shard to be given the same patterns in the same checkout` };
    }
  }
  const count = first.report.shard.count;
  const byIndex = new Map<number, string>();
  for (const { file, report } of reports) {
    const earlier = byIndex.get(report.shard.index);
    if (earlier !== undefined) return { error: `Unexpected shard ${report.shard.index}/${count} twice, in "${shown(earlier)}" and "${shown(file)}", expected each shard once` };
    byIndex.set(report.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    const found = [...byIndex.keys()].sort((left, right) => left - right).join(', ');
    return { error: `Missing shard ${missing.join(', ')} of ${count} in "${folder}" (found ${found}), expected a report from every shard` };
  }
  return { reports, today: first.report.today };
}

/** The files of every report, paths resolved in (and facts moved to) the checkout at `root`, in the order one run lints them. */
export function mergedShardFiles(set: ShardReportSet, root: string): MergedShardFile[] {
  const files = set.reports.flatMap(({ report }) =>
    report.results.map((entry) => {
      // The flattened facts are plain JSON too: one move covers them with the messages and markers.
      const moved = relocatePaths(entry, report.root, root);
      const filePath = path.resolve(root, moved.path);
      const facts = moved.facts === undefined ? new Map<string, unknown>() : (unflatten(moved.facts as unknown[]) as Map<string, unknown>);
      return {
        filePath,
        template: moved.result.template,
        facts,
        markers: moved.markers ?? [],
        contentHash: moved.contentHash,
        result: { filePath, ...moved.result },
      };
    }),
  );
  // `findFiles` sorts absolute paths this way: the workspace rules see the files in the order of one run.
  return files.sort((left, right) => (left.filePath < right.filePath ? -1 : left.filePath > right.filePath ? 1 : 0));
}
