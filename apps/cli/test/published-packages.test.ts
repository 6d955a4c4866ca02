import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { packPackages } from '../../../scripts/packages/pack-packages.mjs';
import { collectRun } from './cli-harness.js';
import { userEnvironment } from './user-environment.js';

/**
 * What a new user gets from npm: every published package packed as `pnpm publish` would pack it, installed with
 * npm into an empty folder (no workspace, no pnpm overrides), then the README's quick start run there line by line.
 * One pack and one install serve every test: they are the slow part.
 */

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
/** npm's cache for these installs lives in the clone (node_modules is gitignored): nothing outside it is read. */
const npmCache = path.join(repositoryRoot, 'node_modules/.cache/published-packages-npm');
const INSTALL_TIMEOUT = 10 * 60_000;
const RUN_TIMEOUT = 120_000;

/** The packages the quick start installs that are not ours, at the versions the repository tests with. */
const thirdPartyPackages: Record<string, string> = {
  'remark-cli': 'apps/remark-preset',
  eslint: 'apps/eslint-plugin',
  '@eslint/markdown': 'apps/eslint-plugin',
  // Not in the quick start: the ESLint formatter `-f compact` loads from the project, as ESLint would.
  'eslint-formatter-compact': 'apps/cli',
};

interface Run {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

let workFolder: string;
let project: string;
let packed: ReturnType<typeof packPackages>;
let skipReason: string | undefined;
const quickStartRuns: { line: string; run: Run }[] = [];

/** npm reads its cache from the clone and, once that is filled, never the network. */
function npmEnvironment(offline = true): NodeJS.ProcessEnv {
  return userEnvironment({ npm_config_cache: npmCache, ...(offline ? { npm_config_offline: 'true' } : {}) });
}

function run(command: string, args: string[], options: { offline?: boolean } = {}): Promise<Run> {
  return collectRun(spawn(command, args, { cwd: project, env: npmEnvironment(options.offline) }));
}

/** The fenced `sh` blocks of the README's "Quick start" section, one command per line. */
async function quickStartLines(): Promise<string[]> {
  const readme = await readFile(path.join(repositoryRoot, 'README.md'), 'utf8');
  const section = /^## Quick start\n([\s\S]*?)^## /mu.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "## Quick start" section');
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```/gmu)].flatMap((block) => block[1]!.split('\n').filter((line) => line.trim() !== ''));
}

/** `npm install --save-dev a b` -> [a, b]: the quick start's install lines name what the user installs. */
function installedBy(line: string): string[] | undefined {
  const match = /^npm install --save-dev ([^#]+)/u.exec(line);
  return match?.[1]!.trim().split(/\s+/u);
}

async function thirdPartySpecifier(name: string): Promise<string> {
  const owner = thirdPartyPackages[name];
  if (owner === undefined) throw new Error(`The quick start installs ${name}, which is neither a published specloom package nor known to this test`);
  const manifest = JSON.parse(await readFile(path.join(repositoryRoot, owner, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return `${name}@${manifest.version}`;
}

/** Whether npm's registry answers at all: a cold cache can only be filled from it. */
async function registryReachable(): Promise<boolean> {
  try {
    const response = await fetch('https://registry.npmjs.org/-/ping', { signal: AbortSignal.timeout(5_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function installAll(lines: string[]): Promise<void> {
  // @specloom/testing is not in the quick start, and its peers would add vitest to the install.
  const ours = new Map(packed.filter((entry) => entry.name !== '@specloom/testing').map((entry) => [entry.name, entry.tarball]));
  const named = [...new Set([...lines.flatMap((line) => installedBy(line) ?? []), ...Object.keys(thirdPartyPackages)])];
  // Every tarball, not only the ones named: their dependencies on each other resolve to these files, not the registry.
  const specifiers = [...ours.values(), ...(await Promise.all(named.filter((name) => !ours.has(name)).map(thirdPartySpecifier)))];
  const install = (offline: boolean) =>
    run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--ignore-scripts', offline ? '--offline' : '--prefer-offline', ...specifiers], { offline });
  let result = await install(true);
  if (result.exitCode !== 0) {
    // A cold npm cache (offline, npm reports ENOTCACHED or a version it cannot see): fill it once from the
    // registry, after which runs are offline; or skip, saying why.
    if (!(await registryReachable())) {
      const npmError = result.stderr.split('\n').find((line) => line.startsWith('npm error')) ?? `exit ${result.exitCode}`;
      skipReason = `npm install --offline failed (${npmError}) and registry.npmjs.org is unreachable to fill npm's cache (${npmCache}): run this test once online`;
      console.warn(`published-packages.test.ts skipped: ${skipReason}`);
      return;
    }
    result = await install(false);
  }
  if (result.exitCode !== 0) throw new Error(`npm install failed (exit ${result.exitCode}):\n${result.stderr}`);
}

function skipWhenNotInstalled(context: TestContext): void {
  if (skipReason !== undefined) context.skip(skipReason);
}

beforeAll(async () => {
  workFolder = await mkdtemp(path.join(tmpdir(), 'specloom-published-'));
  project = path.join(workFolder, 'project');
  await mkdir(path.join(workFolder, 'tarballs'));
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), `${JSON.stringify({ name: 'quick-start', version: '1.0.0', private: true }, null, 2)}\n`);
  packed = packPackages(repositoryRoot, path.join(workFolder, 'tarballs'));
  const lines = await quickStartLines();
  await installAll(lines);
  if (skipReason !== undefined) return;
  // The quick start as written, in its order; the install lines are done above, all at once.
  for (const line of lines.filter((line) => installedBy(line) === undefined)) {
    quickStartRuns.push({ line, run: await run('sh', ['-c', line]) });
  }
}, INSTALL_TIMEOUT);

afterAll(async () => {
  if (workFolder !== undefined) await rm(workFolder, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it('are every published package, each with its README, the LICENSE and where to find the project', async () => {
    const license = await readFile(path.join(repositoryRoot, 'LICENSE'), 'utf8');
    expect(packed.map((entry) => entry.name)).toEqual(expect.arrayContaining(['specloom', 'remark-preset-lint-specloom', 'eslint-plugin-specloom', '@specloom/core', '@specloom/testing']));
    for (const entry of packed) {
      expect(entry.files, entry.name).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
      expect(await readFile(path.join(entry.path, 'LICENSE'), 'utf8'), `${entry.name}'s LICENSE`).toBe(license);
      const manifest = JSON.parse(await readFile(path.join(entry.path, 'package.json'), 'utf8'));
      expect(manifest, entry.name).toMatchObject({
        license: 'MIT',
        repository: { type: 'git', url: 'git+https://github.com/specloom/specloom.git', directory: path.relative(repositoryRoot, entry.path) },
        homepage: expect.stringMatching(/^https:\/\/github\.com\/specloom\/specloom\//u),
        bugs: { url: 'https://github.com/specloom/specloom/issues' },
      });
    }
  });

  it("declare what they import: @specloom/testing its hosts' packages as peers, core the micromark the repository pins", async () => {
    const unpacked = async (name: string) => {
      const entry = packed.find((candidate) => candidate.name === name)!;
      const listing = await promisify(execFile)('tar', ['-xzOf', entry.tarball, 'package/package.json']);
      return JSON.parse(listing.stdout);
    };
    const testing = await unpacked('@specloom/testing');
    const preset = packed.find((entry) => entry.name === 'remark-preset-lint-specloom')!;
    expect(testing.peerDependencies).toMatchObject({
      'remark-preset-lint-specloom': `^${preset.version}`,
      'eslint-plugin-specloom': expect.stringMatching(/^\^\d/u),
      eslint: expect.any(String),
      '@eslint/markdown': expect.any(String),
      vitest: expect.any(String),
    });
    const rootManifest = JSON.parse(await readFile(path.join(repositoryRoot, 'package.json'), 'utf8'));
    expect((await unpacked('@specloom/core')).dependencies.micromark).toBe(rootManifest.pnpm.overrides.micromark);
  });
});

describe("the README's quick start, in an empty folder with npm", { timeout: RUN_TIMEOUT }, () => {
  it('runs every line successfully: a new spec lints with warnings only, in the CLI, remark and ESLint', (context) => {
    skipWhenNotInstalled(context);
    expect(quickStartRuns.map(({ line }) => line)).toEqual(expect.arrayContaining([expect.stringMatching(/^npx specloom lint/u), expect.stringMatching(/^npx remark/u), expect.stringMatching(/^npx eslint/u)]));
    for (const { line, run: result } of quickStartRuns) expect({ line, exitCode: result.exitCode, stderr: result.stderr }).toMatchObject({ line, exitCode: 0 });
    const lint = quickStartRuns.find(({ line }) => line.startsWith('npx specloom lint'))!.run;
    expect(lint.stdout).toMatch(/warning {2}Unexpected unfilled placeholder .* placeholder\n/u);
  });

  it('reports the same findings in the CLI, remark-cli and ESLint on a spec with errors, each exiting 1', async (context) => {
    skipWhenNotInstalled(context);
    await copyFile(path.join(repositoryRoot, 'examples/mistakes/rfc-usage-metering.md'), path.join(project, 'docs/rfc/0007-usage-metering.md'));
    try {
      const [cli, remark, eslint] = await Promise.all([
        run('npx', ['specloom', 'lint', 'docs', '--format', 'json']),
        run('npx', ['remark', 'docs', '--quiet', '--no-color']),
        run('npx', ['eslint', 'docs', '--format', 'json']),
      ]);
      expect([cli.exitCode, remark.exitCode, eslint.exitCode]).toEqual([1, 1, 1]);
      type Result = { filePath: string; messages: { ruleId: string; line: number; column: number; severity: number }[] };
      const findings = (results: Result[], prefix: string) =>
        results
          .flatMap((result) => result.messages.map((message) => `${path.basename(result.filePath)}:${message.line}:${message.column} ${message.ruleId.slice(prefix.length)} ${message.severity}`))
          .sort();
      const cliFindings = findings(JSON.parse(cli.stdout) as Result[], '');
      expect(cliFindings.filter((finding) => finding.endsWith(' 2')).length).toBeGreaterThan(0);
      expect(findings(JSON.parse(eslint.stdout) as Result[], 'specloom/')).toEqual(cliFindings);
      // remark-cli's report: a file name line, then `line:column-endLine:endColumn  severity  message  rule  source`.
      const remarkFindings: string[] = [];
      let file = '';
      for (const line of remark.stderr.split('\n')) {
        if (/^\S+\.md$/u.test(line)) file = path.basename(line);
        const finding = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(warning|error)\s.*\s(\S+)\s+specloom\s*$/u.exec(line);
        if (finding) remarkFindings.push(`${file}:${finding[1]}:${finding[2]} ${finding[4]} ${finding[3] === 'error' ? 2 : 1}`);
      }
      expect(remarkFindings.sort()).toEqual(cliFindings);
    } finally {
      await rm(path.join(project, 'docs/rfc/0007-usage-metering.md'));
    }
  });

  it('runs an ESLint formatter installed from npm through -f, as ESLint names it', async (context) => {
    skipWhenNotInstalled(context);
    const compact = await run('npx', ['specloom', 'lint', 'docs', '-f', 'compact']);
    expect(compact.stderr).toBe('');
    expect(compact.exitCode).toBe(0);
    expect(compact.stdout).toMatch(
      new RegExp(`^${path.join(project, 'docs/rfc/0001-billing-webhooks.md').replaceAll('/', '\\/')}: line \\d+, col \\d+, Warning - Unexpected unfilled placeholder .* \\(placeholder\\)$`, 'mu'),
    );
    expect(compact.stdout).toMatch(/^\d+ problems?$/mu);
  });

  it("gives users the micromark version the repository pins, which npm does not take from the repository's overrides", async (context) => {
    skipWhenNotInstalled(context);
    const listing = await promisify(execFile)('npm', ['ls', 'micromark', '--all', '--json'], { cwd: project, env: npmEnvironment() });
    const versions = new Set<string>();
    const collect = (node: { version?: string; dependencies?: Record<string, unknown> }, name?: string): void => {
      if (name === 'micromark' && node.version !== undefined) versions.add(node.version);
      for (const [child, value] of Object.entries(node.dependencies ?? {})) collect(value as typeof node, child);
    };
    collect(JSON.parse(listing.stdout));
    const rootManifest = JSON.parse(await readFile(path.join(repositoryRoot, 'package.json'), 'utf8'));
    expect([...versions]).toEqual([rootManifest.pnpm.overrides.micromark]);
  });
});
