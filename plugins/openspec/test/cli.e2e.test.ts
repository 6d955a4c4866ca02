import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const cli = path.resolve(import.meta.dirname, '../../../apps/cli/dist/bin.js');
const execute = promisify(execFile);

async function specloom(args: string[], cwd: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return execute(process.execPath, [cli, ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ exitCode: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
}

let project: string;
beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (pnpm turbo run build --filter specloom...)`);
  // Outside the repository: zero config, as a new user runs it.
  project = await realpath(await mkdtemp(path.join(tmpdir(), 'specloom-openspec-cli-')));
  await mkdir(path.join(project, 'openspec/specs'), { recursive: true });
});
afterAll(() => rm(project, { recursive: true, force: true }));

it('specloom new openspec-change lays out a change with the next free id, and lint says what is left to write', async () => {
  const first = await specloom(['new', 'openspec-change', 'Add rate limiting'], project);
  expect(first).toMatchObject({
    exitCode: 0,
    stdout: 'openspec/changes/add-rate-limiting/proposal.md\nopenspec/changes/add-rate-limiting/tasks.md\nopenspec/changes/add-rate-limiting/.openspec.yaml\n',
  });
  const second = await specloom(['new', 'openspec-change', 'Add rate limiting'], project);
  expect(second.stdout.split('\n')[0]).toBe('openspec/changes/add-rate-limiting-2/proposal.md');
  expect(await readFile(path.join(project, 'openspec/changes/add-rate-limiting/proposal.md'), 'utf8')).toMatch(/^# Change: Add rate limiting\n/);

  const lint = await specloom(['lint', 'openspec/changes/add-rate-limiting', '--format', 'json'], project);
  const results = JSON.parse(lint.stdout) as Array<{ filePath: string; template: string; messages: Array<{ ruleId: string }> }>;
  expect(results.map((result) => [path.basename(result.filePath), result.template])).toEqual([
    ['proposal.md', 'openspec-change'],
    ['tasks.md', 'openspec-tasks'],
  ]);
  // OpenSpec has no Draft status: the template text left and the missing delta spec are what the change still needs.
  const rules = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)));
  expect([...rules].sort()).toEqual(['openspec/change-deltas', 'placeholder']);
  expect(lint.exitCode).toBe(1);
});
