// The "4-shard merge vs one run" row of `pnpm bench`: `specloom lint --shard i/4` four times in a row plus
// `specloom merge-reports`, against one `specloom lint`, on the same files; and whether both give the same findings.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measure } from './measure.mjs';

const SHARDS = 4;
// One date for every run: date rules judge by it, and the merge refuses shards that disagree.
const TODAY = ['--today', new Date().toISOString().slice(0, 10)];

/** Results by file, messages as the user sees them: the same findings whatever order files were merged in. */
async function findingsOf(reportFile) {
  const results = JSON.parse(await readFile(reportFile, 'utf8'));
  return JSON.stringify(results.map((result) => [result.filePath, result.messages]).sort(([left], [right]) => (left < right ? -1 : 1)));
}

/**
 * `{ label, oneRunSeconds, shardedSeconds, slowestShardSeconds, mergeSeconds, findingsEqual, error? }` for the
 * files in `folder`, `specloom` being the CLI's bin. `shardedSeconds` is the four shards run one after another
 * plus the merge (on CI machines the shards run at once: then the slowest shard plus the merge is what counts).
 */
export async function benchShardMerge(folder, { node, specloom }) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'specloom-bench-shards-'));
  try {
    const lint = (...extra) => measure(node, [specloom, 'lint', '.', ...TODAY, ...extra], { cwd: folder });
    const whole = await lint('--format', 'json', '-o', path.join(scratch, 'whole.json'));
    const shards = [];
    for (let index = 1; index <= SHARDS; index++) {
      shards.push(await lint('--format', 'json', '--shard', `${index}/${SHARDS}`, '--shard-report', path.join(scratch, 'reports', `shard-${index}.json`)));
    }
    const merge = await measure(node, [specloom, 'merge-reports', path.join(scratch, 'reports'), '--format', 'json', '-o', path.join(scratch, 'merged.json')], { cwd: folder });
    const failed = [whole, ...shards, merge].find((run) => run.exitCode !== 0 && run.exitCode !== 1);
    const row = {
      label: `${SHARDS}-shard merge vs one run`,
      oneRunSeconds: Number(whole.seconds.toFixed(3)),
      shardedSeconds: Number((shards.reduce((sum, run) => sum + run.seconds, 0) + merge.seconds).toFixed(3)),
      slowestShardSeconds: Number(Math.max(...shards.map((run) => run.seconds)).toFixed(3)),
      mergeSeconds: Number(merge.seconds.toFixed(3)),
      exitCodesEqual: whole.exitCode === merge.exitCode,
    };
    if (failed) return { ...row, findingsEqual: false, error: failed.stderr.trim().split('\n').slice(-3).join(' | ') };
    return { ...row, findingsEqual: row.exitCodesEqual && (await findingsOf(path.join(scratch, 'whole.json'))) === (await findingsOf(path.join(scratch, 'merged.json'))) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export function formatShardMergeRow(row) {
  const findings = row.error ? `failed: ${row.error}` : row.findingsEqual ? 'findings equal' : 'findings DIFFER';
  return `${row.label.padEnd(44)} ${row.shardedSeconds.toFixed(2).padStart(8)} s for 4 shards in a row + merge (slowest shard ${row.slowestShardSeconds.toFixed(2)} s, merge ${row.mergeSeconds.toFixed(2)} s) vs ${row.oneRunSeconds.toFixed(2)} s one run; ${findings}`;
}
