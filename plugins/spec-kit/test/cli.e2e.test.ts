import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = path.resolve(import.meta.dirname, '../../../apps/cli/dist/bin.js');
const execute = promisify(execFile);

interface JsonResult {
  filePath: string;
  template: string | null;
  messages: Array<{ ruleId: string | null; severity: number; line: number; column: number; message: string }>;
}

/** The real CLI in a folder outside the repository (no config above it: zero config, as a new user runs it). */
async function specloom(args: string[], cwd: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return execute(process.execPath, [cli, ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ exitCode: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
}

let project: string;
beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (pnpm turbo run build --filter specloom...)`);
  project = await realpath(await mkdtemp(path.join(tmpdir(), 'specloom-spec-kit-cli-')));
  await cp(path.resolve(import.meta.dirname, 'fixtures'), project, { recursive: true });
});
afterAll(() => rm(project, { recursive: true, force: true }));

describe('spec-kit through the real CLI', () => {
  it('lints valid feature folders clean, each document under its own template', async () => {
    const run = await specloom(['lint', 'valid', '--format', 'json'], project);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((result) => [path.basename(result.filePath), result.template, result.messages.length])).toEqual([
      ['plan.md', 'spec-kit-plan', 0],
      ['spec.md', 'spec-kit', 0],
      ['tasks.md', 'spec-kit-tasks', 0],
      ['spec.md', 'spec-kit', 0],
      ['tasks.md', 'spec-kit-tasks', 0],
    ]);
    expect(run.exitCode).toBe(0);
  });

  it('reports each defect class of the invalid folders and fails the run', async () => {
    const run = await specloom(['lint', 'invalid', '--format', 'json'], project);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const rules = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)));
    expect([...rules].sort()).toEqual([
      'section-required',
      'spec-kit/acceptance-scenarios',
      'spec-kit/feature-branch',
      'spec-kit/needs-clarification',
      'spec-kit/parallel-files',
      'spec-kit/requirement-ids',
      'spec-kit/requirement-keyword',
      'spec-kit/task-coverage',
      'spec-kit/task-ids',
      'spec-kit/task-story-label',
      'spec-kit/user-stories',
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('specloom new spec-kit numbers the next feature folder; the new spec lints with warnings only while Draft', async () => {
    const created = await specloom(['new', 'spec-kit', 'Bulk CSV export', '--author', 'Ada Lovelace'], path.join(project, 'valid'));
    expect(created).toMatchObject({ exitCode: 0, stdout: 'specs/016-bulk-csv-export/spec.md\n' });
    const text = await readFile(path.join(project, 'valid/specs/016-bulk-csv-export/spec.md'), 'utf8');
    expect(text).toContain('# Feature Specification: Bulk CSV export\n\n**Feature Branch**: `016-bulk-csv-export`');
    const lint = await specloom(['lint', 'specs/016-bulk-csv-export/spec.md', '--format', 'json'], path.join(project, 'valid'));
    const [result] = JSON.parse(lint.stdout) as [JsonResult];
    expect(result.template).toBe('spec-kit');
    expect(result.messages.length).toBeGreaterThan(0);
    expect(result.messages.filter((message) => message.severity === 2)).toEqual([]);
    expect(lint.exitCode).toBe(0);
  });

  it('renders the traceability view of a feature', async () => {
    const run = await specloom(['render', 'valid/specs/015-audit-log-export/spec.md', '--to', 'traceability-md'], project);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('| US1 Export a date range as CSV | P1 | 2 | T002, T003, T004 | FR-001, FR-002 |');
  });
});
