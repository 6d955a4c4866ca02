import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleOrgPlugin } from '../src/index.js';

const REPOSITORY = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(REPOSITORY, 'apps/cli/dist/bin.js');

/** An accepted ADR; `number`, `confirmed` vary per file. */
function adr(number: string, title: string, confirmed: boolean): string {
  return `# ADR-${number}: ${title}

**Status**: Accepted
**Date**: 2026-01-05
**Deciders**: @mira

## Context

Chargers drop commands while offline.

## Decision

We will queue commands per charger.

## Consequences

| Consequence | Impact | Owner |
|-------------|--------|-------|
| Commands survive reconnects | Positive | @mira |

## Confirmation

- [x] Queue depth is on the charger dashboard
- [${confirmed ? 'x' : ' '}] A reconnect test runs in CI
`;
}

let project: string;
beforeEach(async () => {
  project = await realpath(await mkdtemp(path.join(tmpdir(), 'specloom-org-data-')));
  await mkdir(path.join(project, 'node_modules/@specloom'), { recursive: true });
  await symlink(path.join(REPOSITORY, 'packages/core'), path.join(project, 'node_modules/@specloom/core'), 'dir');
  await mkdir(path.join(project, 'decisions'));
  const plugin = path.join(REPOSITORY, 'plugins/example-org/src/index.ts');
  await writeFile(path.join(project, 'specloom.config.json'), JSON.stringify({ plugins: [plugin] }));
});
afterEach(() => rm(project, { recursive: true, force: true }));

interface Result {
  filePath: string;
  template: string;
  messages: Array<{ ruleId: string; line: number; column: number; message: string; severity: number }>;
}

/** `specloom lint decisions` (with `args`) in the project: exit code, stdout and stderr. */
function runLint(args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'lint', 'decisions', '--today', '2026-02-01', ...args], {
      cwd: project,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function lint(): Promise<Result[]> {
  return JSON.parse((await runLint(['--format', 'json'])).stdout) as Result[];
}

/** The CLI's exit code and stderr for `lint decisions`. */
async function lintExit(): Promise<{ code: number | null; stderr: string }> {
  const { code, stderr } = await runLint();
  return { code, stderr };
}

const findings = (results: Result[]) =>
  results.flatMap((result) =>
    result.messages.map((message) => `${path.basename(result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );

describe('an org plugin declares an ID family and a status lifecycle as data', () => {
  it('brings no rule of its own for them: the core rules read the schema', () => {
    expect(Object.keys(exampleOrgPlugin.rules ?? {}).sort()).toEqual(['supersede-links', 'title-number']);
    const schema = exampleOrgPlugin.templates![0]!.schema;
    expect(schema.idFamilies).toEqual([{ name: 'adr', pattern: 'ADR-\\d{4}', find: 'ADR-\\d+', scope: 'workspace', sequential: false }]);
    expect(schema.status?.requires).toEqual([{ checklist: 'Confirmation', statuses: ['Accepted'], sections: ['Confirmation'] }]);
  });

  it('finds nothing in two accepted ADRs with their own numbers and a confirmed checklist', async () => {
    await writeFile(path.join(project, 'decisions/0002-queue-charger-commands.md'), adr('0002', 'Queue charger commands', true));
    await writeFile(path.join(project, 'decisions/0003-retry-with-backoff.md'), adr('0003', 'Retry with backoff', true));
    const results = await lint();
    expect(results.map((result) => result.template)).toEqual(['adr', 'adr']);
    expect(findings(results)).toEqual([]);
  });

  it('reports an ADR number two files define (id-unique-workspace) in both files', async () => {
    await writeFile(path.join(project, 'decisions/0002-queue-charger-commands.md'), adr('0002', 'Queue charger commands', true));
    await writeFile(path.join(project, 'decisions/0003-retry-with-backoff.md'), adr('0002', 'Retry with backoff', true));
    expect(findings(await lint())).toEqual([
      '0002-queue-charger-commands.md:1:3 id-unique-workspace: Unexpected ID "ADR-0002" also defined in "0003-retry-with-backoff.md", expected an ID unique across the workspace',
      '0003-retry-with-backoff.md:1:3 id-unique-workspace: Unexpected ID "ADR-0002" also defined in "0002-queue-charger-commands.md", expected an ID unique across the workspace',
    ]);
  });

  it('reports an open Confirmation item of an Accepted ADR (status-checklists)', async () => {
    await writeFile(path.join(project, 'decisions/0002-queue-charger-commands.md'), adr('0002', 'Queue charger commands', false));
    const results = await lint();
    expect(findings(results)).toEqual([
      '0002-queue-charger-commands.md:24:1 status-checklists: Unexpected unchecked Confirmation item "A reconnect test runs in CI" at status Accepted, expected every item checked',
    ]);
    expect(results[0]!.messages[0]!.severity).toBe(2);
  });

  it("accepts the org's ADR numbers in settings.reservedIds and names its family for a malformed one", async () => {
    const plugin = path.join(REPOSITORY, 'plugins/example-org/src/index.ts');
    await writeFile(path.join(project, 'decisions/0002-queue-charger-commands.md'), adr('0002', 'Queue charger commands', true));
    await writeFile(path.join(project, 'specloom.config.json'), JSON.stringify({ plugins: [plugin], settings: { reservedIds: ['ADR-0009', 4] } }));
    expect(await lintExit()).toEqual({ code: 0, stderr: '' });
    await writeFile(path.join(project, 'specloom.config.json'), JSON.stringify({ plugins: [plugin], settings: { reservedIds: ['ADR-9'] } }));
    const { code, stderr } = await lintExit();
    expect(code).toBe(2);
    expect(stderr).toMatch(/"settings\.reservedIds\[0\]" is the string "ADR-9"; expected a number or a document ID matching one of .*ADR-\\d\{4\} \(adr\)/u);
  });
});
