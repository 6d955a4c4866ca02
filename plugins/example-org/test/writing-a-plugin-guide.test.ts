import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPOSITORY = path.resolve(import.meta.dirname, '../../..');
const GUIDE = path.join(REPOSITORY, 'docs/writing-a-plugin.md');

/** What `npm install` in the guide gives a user, linked from this repository's builds. */
const INSTALLED: Record<string, string> = {
  specloom: 'apps/cli',
  '@specloom/core': 'packages/core',
  '@specloom/testing': 'packages/testing',
  'remark-preset-lint-specloom': 'apps/remark-preset',
  'remark-cli': 'apps/remark-preset/node_modules/remark-cli',
  'eslint-plugin-specloom': 'apps/eslint-plugin',
  eslint: 'apps/eslint-plugin/node_modules/eslint',
  '@eslint/markdown': 'apps/eslint-plugin/node_modules/@eslint/markdown',
  vitest: 'node_modules/vitest',
};

/** `npx <bin>` as node running that package's bin script. */
const BINS: Record<string, string> = {
  specloom: 'specloom/dist/bin.js',
  remark: 'remark-cli/cli.js',
  eslint: 'eslint/bin/eslint.js',
  vitest: 'vitest/vitest.mjs',
};

type Step = { kind: 'file'; path: string; text: string } | { kind: 'command'; command: string; expected?: string };

interface Block {
  lang: string;
  meta: string;
  text: string;
}

function readBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const fence = /^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) blocks.push({ lang: match[1]!, meta: match[2]!.trim(), text: match[3]! });
  return blocks;
}

/**
 * The guide as steps, in order: `file=` blocks are written, `npx` lines of `sh` blocks are run, and a `text`
 * block right after a one-command `sh` block is that command's expected output. Setup lines (`mkdir`, `cd`,
 * `npm`) are what the linked packages stand in for.
 */
function guideSteps(markdown: string): Step[] {
  const blocks = readBlocks(markdown);
  const steps: Step[] = [];
  for (const [index, block] of blocks.entries()) {
    const file = /(?:^|\s)file=(\S+)/.exec(block.meta)?.[1];
    if (file) {
      steps.push({ kind: 'file', path: file, text: block.text });
    } else if (block.lang === 'sh') {
      const commands = block.text.split('\n').filter((line) => line.startsWith('npx '));
      const next = blocks[index + 1];
      const expected = next && next.lang === 'text' && commands.length === 1 ? next.text : undefined;
      for (const command of commands) steps.push({ kind: 'command', command, expected });
    }
  }
  return steps;
}

function run(command: string, cwd: string): Promise<{ code: number | null; output: string }> {
  const [, bin, ...args] = command.split(/\s+/);
  const script = path.join(cwd, 'node_modules', BINS[bin ?? ''] ?? `${bin}-is-not-installed-in-the-guide`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    // ESLint names files by absolute path: shown relative to the project, as the guide shows them.
    child.on('close', (code) => resolve({ code, output: output.replaceAll(`${cwd}${path.sep}`, '') }));
  });
}

describe('docs/writing-a-plugin.md', () => {
  let project: string;

  beforeAll(async () => {
    project = await realpath(await mkdtemp(path.join(tmpdir(), 'specloom-guide-')));
    for (const [name, folder] of Object.entries(INSTALLED)) {
      const link = path.join(project, 'node_modules', name);
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(await realpath(path.join(REPOSITORY, folder)), link, 'dir');
    }
  });
  afterAll(() => rm(project, { recursive: true, force: true }));

  it('works as written: files, commands and their output', async () => {
    const steps = guideSteps(await readFile(GUIDE, 'utf8'));
    expect(steps.filter((step) => step.kind === 'command').length).toBeGreaterThan(5);
    for (const step of steps) {
      if (step.kind === 'file') {
        await mkdir(path.dirname(path.join(project, step.path)), { recursive: true });
        await writeFile(path.join(project, step.path), step.text);
        continue;
      }
      const { code, output } = await run(step.command, project);
      if (step.expected === undefined) {
        expect({ command: step.command, code, output: code === 0 ? '' : output }).toEqual({ command: step.command, code: 0, output: '' });
      } else {
        expect({ command: step.command, output: output.trim() }).toEqual({ command: step.command, output: step.expected.trim() });
      }
    }
    // What the commands left behind: the fix written, the plugin's renderer used by `specloom render`.
    expect(await readFile(path.join(project, 'reviews/2026-02-03-checkout-outage.md'), 'utf8')).toContain('| 09:12 | Config push');
    expect(await readFile(path.join(project, 'site/reviews/2026-02-03-checkout-outage.html'), 'utf8')).toContain(
      '<tr><th scope="row">Action items</th><td>1</td></tr>',
    );
  }, 240_000);
});
