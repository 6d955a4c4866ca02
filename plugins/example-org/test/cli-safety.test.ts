import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const REPOSITORY = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(REPOSITORY, 'apps/cli/dist/bin.js');

const ADR = `# ADR-0002: Queue charger commands

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
`;

let project: string;
beforeEach(async () => {
  project = await realpath(await mkdtemp(path.join(tmpdir(), 'specloom-org-plugin-')));
  await mkdir(path.join(project, 'node_modules/@specloom'), { recursive: true });
  await symlink(path.join(REPOSITORY, 'packages/core'), path.join(project, 'node_modules/@specloom/core'), 'dir');
  await mkdir(path.join(project, 'decisions'));
  await writeFile(path.join(project, 'decisions/0002-queue-charger-commands.md'), ADR);
  await writeFile(path.join(project, 'decisions/0003-other.md'), ADR.replace('ADR-0002', 'ADR-0003'));
});
afterEach(() => rm(project, { recursive: true, force: true }));

function specloom(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: project, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('an org plugin in the CLI', () => {
  it('lints with the example org plugin loaded from config by path', async () => {
    const plugin = path.join(REPOSITORY, 'plugins/example-org/src/index.ts');
    await writeFile(path.join(project, 'specloom.config.json'), JSON.stringify({ plugins: [plugin] }));
    await writeFile(path.join(project, 'decisions/0003-other.md'), ADR.replace('ADR-0002', 'ADR-3'));
    const { code, stdout } = await specloom('lint', 'decisions', '--format', 'json');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Array<{ template: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    expect(results.map((result) => result.template)).toEqual(['adr', 'adr']);
    expect(results[1]?.messages).toMatchObject([
      { ruleId: 'example-org/title-number', line: 1, column: 7, message: 'Unexpected ADR number "3", expected four digits "0003"' },
    ]);
  });

  it('turns a rule that throws into a message naming plugin and rule, and lints on', async () => {
    await writeFile(
      path.join(project, 'throwing-plugin.mjs'),
      `export default {
  name: 'acme',
  templates: [],
  rules: {
    fragile: {
      meta: { type: 'problem', docs: { description: 'Breaks', recommended: true }, messages: {}, templates: ['adr'] },
      create: (context) => ({ document() { if (context.document.path.endsWith('0003-other.md')) throw new Error('cannot read ADR'); } }),
    },
  },
};
`,
    );
    const plugin = path.join(REPOSITORY, 'plugins/example-org/src/index.ts');
    await writeFile(path.join(project, 'specloom.config.json'), JSON.stringify({ plugins: [plugin, './throwing-plugin.mjs'], rules: { 'acme/fragile': 'error' } }));
    const { code, stdout } = await specloom('lint', 'decisions', '--format', 'json');
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>;
    expect(results.map((result) => path.basename(result.filePath))).toEqual(['0002-queue-charger-commands.md', '0003-other.md']);
    expect(results[0]?.messages).toEqual([]);
    expect(results[1]?.messages).toMatchObject([
      { ruleId: 'acme/fragile', severity: 2, line: 1, column: 1, message: 'Rule "acme/fragile" from plugin "acme" crashed in `document`: cannot read ADR' },
    ]);
  });

  it('names the config file when a plugin is missing from disk (exit 2)', async () => {
    await writeFile(path.join(project, 'specloom.config.json'), JSON.stringify({ plugins: ['./plugins/adr.js'] }));
    const { code, stdout, stderr } = await specloom('lint', 'decisions');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `specloom: specloom.config.json: "plugins[0]" ("./plugins/adr.js") cannot be found (looked for ${path.join(project, 'plugins/adr.js')}); expected a plugin file relative to the config file.\n`,
    );
  });

  it('names the config file when a plugin has the wrong shape (exit 2)', async () => {
    await writeFile(path.join(project, 'not-a-plugin.mjs'), 'export default { rules: [] };\n');
    await writeFile(path.join(project, 'specloom.config.json'), JSON.stringify({ plugins: ['./not-a-plugin.mjs'] }));
    const { code, stderr } = await specloom('lint', 'decisions');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^specloom: specloom\.config\.json/);
    expect(stderr).toContain('is not a valid specloom plugin');
  });
});
