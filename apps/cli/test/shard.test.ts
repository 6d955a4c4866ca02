import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Project, type CliRun } from './cli-harness.js';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const TODAY = ['--today', '2026-03-01'];
const SHARDS = 4;

interface JsonMessage {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
}

interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

let project: Project;
/** The same checkout in another folder: where the merge runs, as a CI merge job's own checkout. */
let elsewhere: Project;
let whole: CliRun;
let shardRuns: CliRun[];

/** Every finding as one line, with the file relative to its checkout. */
function findings(run: CliRun, root: string): string[] {
  const results = JSON.parse(run.stdout) as JsonResult[];
  return results.flatMap((result) =>
    result.messages.map((message) => `${path.relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
  );
}

/** Results with paths relative to the checkout, so two checkouts compare equal. */
function relativeResults(run: CliRun, root: string): JsonResult[] {
  return (JSON.parse(run.stdout) as JsonResult[]).map((result) => ({ ...result, filePath: path.relative(root, result.filePath) }));
}

beforeAll(async () => {
  project = await Project.create();
  // The examples and the calibration corpus; an OpenSpec tree and a spec-kit feature (workspace rules whose facts
  // hold absolute paths); and the RFC example in four more copies: the same number in five files, so a duplicate's copies
  // land in different shards.
  await cp(path.join(repository, 'examples'), project.path('examples'), { recursive: true });
  await cp(path.join(repository, 'fixtures/calibration'), project.path('fixtures/calibration'), { recursive: true });
  await cp(path.join(repository, 'plugins/openspec/test/fixtures/broken'), project.path('openspec-project'), { recursive: true });
  await cp(path.join(repository, 'plugins/spec-kit/test/fixtures/invalid'), project.path('spec-kit-project'), { recursive: true });
  const rfc = await readFile(path.join(repository, 'examples/rfc/0007-billing-webhooks.md'), 'utf8');
  for (const team of ['billing', 'payments', 'platform', 'search']) await project.write(`teams/${team}/0007-billing-webhooks.md`, rfc);

  whole = await project.run(['lint', '.', '--format', 'json', ...TODAY]);
  shardRuns = [];
  for (let index = 1; index <= SHARDS; index++) {
    shardRuns.push(await project.run(['lint', '.', '--shard', `${index}/${SHARDS}`, '--shard-report', `reports/shard-${index}.json`, '--format', 'json', ...TODAY]));
  }
  elsewhere = await Project.create();
  await cp(project.root, elsewhere.root, { recursive: true });
}, 240_000);

afterAll(async () => {
  await project?.remove();
  await elsewhere?.remove();
});

describe('lint --shard and merge-reports', () => {
  it('shards lint every file once, document rules only, and exit 0 leaving the verdict to the merge', () => {
    const wholeResults = JSON.parse(whole.stdout) as JsonResult[];
    const shardResults = shardRuns.map((run) => JSON.parse(run.stdout) as JsonResult[]);
    expect(shardRuns.map((run) => run.exitCode)).toEqual([0, 0, 0, 0]);
    expect(shardResults.flat().map((result) => result.filePath).sort()).toEqual(wholeResults.map((result) => result.filePath).sort());
    // Each shard gets a share, not all or nothing.
    expect(shardResults.filter((results) => results.length > 0).length).toBeGreaterThan(1);
    expect(shardRuns[0]?.stderr).toMatch(/specloom: shard 1\/4: \d+ of \d+ files, document rules only; workspace rules \(id-unique-workspace, .*\) are left to `specloom merge-reports`/);
    const workspaceRules = /^(id-unique-workspace|openspec\/delta-target|openspec\/change-deltas|spec-kit\/task-coverage|spec-kit\/task-story-label|spec-kit\/feature-branch)$/;
    expect(shardResults.flat().flatMap((result) => result.messages).filter((message) => workspaceRules.test(message.ruleId ?? ''))).toEqual([]);
  });

  it('merges to the findings of one unsharded run, in JSON and stylish, with the same exit code, in another checkout', async () => {
    expect(whole.exitCode).toBe(1);
    const wholeFindings = findings(whole, project.root);
    expect(wholeFindings.filter((finding) => finding.includes('id-unique-workspace'))).toHaveLength(5);
    expect(wholeFindings.some((finding) => finding.includes('openspec/delta-target'))).toBe(true);

    // The four copies of the RFC are in more than one shard: no shard alone could see they collide.
    const reports = await Promise.all(
      Array.from({ length: SHARDS }, (_, index) => readFile(project.path(`reports/shard-${index + 1}.json`), 'utf8').then((text) => JSON.parse(text) as { results: Array<{ path: string }> })),
    );
    const shardsWithCopies = reports.filter((report) => report.results.some((file) => file.path.startsWith('teams/')));
    expect(shardsWithCopies.length).toBeGreaterThan(1);

    const merged = await elsewhere.run(['merge-reports', 'reports', '--format', 'json']);
    expect(merged.stderr).not.toContain('internal error');
    expect(merged.exitCode).toBe(whole.exitCode);
    expect(relativeResults(merged, elsewhere.root)).toEqual(relativeResults(whole, project.root));

    const wholeStylish = await project.run(['lint', '.', ...TODAY]);
    const mergedStylish = await elsewhere.run(['merge-reports', 'reports']);
    expect(mergedStylish.stdout).toBe(wholeStylish.stdout);
    expect(mergedStylish.stdout).toContain('id-unique-workspace');
  });

  it('applies --quiet and --max-warnings to the merged findings as lint does', async () => {
    const wholeQuiet = await project.run(['lint', '.', '--quiet', '--format', 'json', ...TODAY]);
    const mergedQuiet = await project.run(['merge-reports', 'reports', '--quiet', '--format', 'json']);
    expect(relativeResults(mergedQuiet, project.root)).toEqual(relativeResults(wholeQuiet, project.root));
    const limited = await project.run(['merge-reports', 'reports', '--max-warnings', '0', '--format', 'json']);
    expect(limited.stderr).toMatch(/specloom found too many warnings \(maximum: 0, found: \d+\)/);
  });
});

describe('merge-reports refuses an incomplete or mixed set of reports', () => {
  async function withReports(name: string, edit: (folder: string) => Promise<void>): Promise<CliRun> {
    const folder = `broken-${name}`;
    await cp(project.path('reports'), project.path(folder), { recursive: true });
    await edit(project.path(folder));
    try {
      return await project.run(['merge-reports', folder]);
    } finally {
      await rm(project.path(folder), { recursive: true, force: true });
    }
  }

  async function editReport(file: string, edit: (report: Record<string, unknown>) => void): Promise<void> {
    const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    edit(report);
    await writeFile(file, JSON.stringify(report));
  }

  it('names the missing shard', async () => {
    const run = await withReports('missing', (folder) => rm(path.join(folder, 'shard-3.json')));
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toBe('specloom: Missing shard 3 of 4 in "broken-missing" (found 1, 2, 4), expected a report from every shard\n');
  });

  it('refuses reports of another specloom version', async () => {
    const run = await withReports('version', (folder) => editReport(path.join(folder, 'shard-2.json'), (report) => (report.version = '0.0.1')));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^specloom: Unexpected shard report "broken-version\/shard-2\.json" from specloom 0\.0\.1, expected one from this specloom \([^)]+\): run every shard and the merge with the same version\n$/);
  });

  it('refuses reports made with another config than the merge', async () => {
    await project.write('specloom.config.json', JSON.stringify({ rules: { 'id-unique-workspace': 'off' } }));
    try {
      const run = await project.run(['merge-reports', 'reports']);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain("made with another config than this merge's, expected the same config (rules, options, plugins) for every shard and the merge");
    } finally {
      await rm(project.path('specloom.config.json'));
    }
  });

  it('refuses shards of different counts or file lists, a shard twice, a file that is no report, and an empty folder', async () => {
    const count = await withReports('count', (folder) => editReport(path.join(folder, 'shard-4.json'), (report) => (report.shard = { index: 4, count: 5 })));
    expect(count.stderr).toContain('Unexpected shard 4/5 in "broken-count/shard-4.json" beside shard 1/4 in "broken-count/shard-1.json", expected one shard count for every shard');
    const files = await withReports('files', (folder) => editReport(path.join(folder, 'shard-2.json'), (report) => (report.files = { count: 3, hash: 'other' })));
    expect(files.stderr).toContain('over another set of files (3) than "broken-files/shard-1.json"');
    const twice = await withReports('twice', (folder) => cp(path.join(folder, 'shard-1.json'), path.join(folder, 'again', 'shard-1.json')));
    expect(twice.stderr).toBe('specloom: Unexpected shard 1/4 twice, in "broken-twice/again/shard-1.json" and "broken-twice/shard-1.json", expected each shard once\n');
    const foreign = await withReports('foreign', (folder) => writeFile(path.join(folder, 'package.json'), '{"name": "x"}'));
    expect(foreign.stderr).toBe('specloom: Unexpected "broken-foreign/package.json", expected a shard report written by `specloom lint --shard INDEX/COUNT --shard-report FILE`\n');
    const empty = await withReports('empty', (folder) => rm(folder, { recursive: true }).then(() => cp(project.path('examples/rfc'), folder, { recursive: true })));
    expect(empty.stderr).toBe('specloom: No shard reports (*.json) in "broken-empty", expected the reports written by `specloom lint --shard INDEX/COUNT --shard-report FILE`\n');
    for (const run of [count, files, twice, foreign, empty]) expect(run.exitCode).toBe(2);
  });

  it('refuses a bad --shard and --shard without a report file', async () => {
    const bad = await project.run(['lint', '.', '--shard', '5/4', '--shard-report', 'x.json']);
    expect(bad).toMatchObject({ exitCode: 2 });
    expect(bad.stderr).toContain('Expected INDEX/COUNT with 1 <= INDEX <= COUNT, such as 1/4.');
    const noReport = await project.run(['lint', '.', '--shard', '1/4']);
    expect(noReport.exitCode).toBe(2);
    expect(noReport.stderr).toContain('Unexpected --shard without --shard-report FILE');
    const withFix = await project.run(['lint', '.', '--shard', '1/4', '--shard-report', 'x.json', '--fix']);
    expect(withFix.stderr).toBe('specloom: Unexpected --shard with --fix, expected a run over all files to fix\n');
  });
});
