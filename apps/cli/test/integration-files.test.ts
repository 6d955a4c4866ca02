import { spawn } from 'node:child_process';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { binPath, collectRun, Project } from './cli-harness.js';
import { userEnvironment } from './user-environment.js';

/**
 * The files that wire specloom into other tools — the pre-commit hook, the README's lint-staged entry and the
 * GitHub Action — parsed as those tools parse them, and their commands run as those tools run them, in a project
 * where specloom is installed (its `node_modules/.bin/specloom` is the built CLI).
 */

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
const CLEAN_RFC = 'docs/rfc/0007-billing-webhooks.md';
const BROKEN_RFC = 'docs/rfc/0008-usage-metering.md';

interface Run {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  types_or?: string[];
  types?: string[];
  require_serial?: boolean;
}

interface ActionStep {
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

let project: Project;

beforeAll(async () => {
  project = await Project.create();
  // As `npm install --save-dev specloom` leaves it: the package's bin linked into node_modules/.bin.
  await mkdir(project.path('node_modules/.bin'), { recursive: true });
  await symlink(binPath, project.path('node_modules/.bin/specloom'));
  await project.write(CLEAN_RFC, await readFile(path.join(repositoryRoot, 'examples/rfc/0007-billing-webhooks.md'), 'utf8'));
  await project.write(BROKEN_RFC, await readFile(path.join(repositoryRoot, 'examples/mistakes/rfc-usage-metering.md'), 'utf8'));
  await project.write('README.md', '# Not a spec\n\nNo template claims this file.\n');
});

afterAll(() => project.remove());

/** A shell command as a hook runner runs it: in the project, with npm offline (the local bin must be found). */
function sh(script: string, args: string[] = [], environment: Record<string, string> = {}): Promise<Run> {
  return collectRun(
    spawn('bash', ['-c', script, 'hook', ...args], {
      cwd: project.root,
      env: userEnvironment({ npm_config_offline: 'true', ...environment }),
    }),
  );
}

async function cliBins(): Promise<Record<string, string>> {
  const manifest = JSON.parse(await readFile(path.join(repositoryRoot, 'apps/cli/package.json'), 'utf8')) as { name: string; bin: Record<string, string> };
  expect(manifest.name).toBe('specloom');
  return manifest.bin;
}

describe('.pre-commit-hooks.yaml', () => {
  it("declares a specloom hook on Markdown files whose entry runs the package's bin", async () => {
    const hooks = parse(await readFile(path.join(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'specloom', name: expect.any(String), language: 'system', types_or: ['markdown'], require_serial: true });
    // `npx --yes <package> <subcommand>`: npx runs the bin named as the package.
    const [runner, ...words] = hook!.entry.split(' ');
    const [packageName, subcommand] = words.filter((word) => !word.startsWith('-'));
    expect(runner).toBe('npx');
    expect(packageName).toBe('specloom');
    expect(Object.keys(await cliBins())).toContain(packageName);
    expect(subcommand).toBe('lint');
  });

  it('lints the files pre-commit passes: exit 0 on clean specs and files no template claims, 1 on errors', async () => {
    const [hook] = parse(await readFile(path.join(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    // pre-commit appends the matching staged files to the entry.
    const clean = await sh(`${hook!.entry} "$@"`, [CLEAN_RFC, 'README.md']);
    expect(clean.stderr).not.toMatch(/npm (error|warn)/u);
    expect(clean.exitCode).toBe(0);
    const broken = await sh(`${hook!.entry} "$@"`, [CLEAN_RFC, BROKEN_RFC]);
    expect(broken.exitCode).toBe(1);
    expect(broken.stdout).toContain(BROKEN_RFC);
    expect(broken.stdout).toMatch(/\d+ errors?/u);
  });
});

describe("the README's lint-staged entry", () => {
  it('runs specloom lint on the staged Markdown files lint-staged appends', async () => {
    const readme = await readFile(path.join(repositoryRoot, 'README.md'), 'utf8');
    const section = /^### lint-staged\n([\s\S]*?)^#/mu.exec(readme)?.[1];
    const block = section === undefined ? undefined : /^```json\n([\s\S]*?)^```/mu.exec(section)?.[1];
    expect(block, 'a ```json block in the "### lint-staged" section').toBeDefined();
    const entries = Object.entries((JSON.parse(block!) as { 'lint-staged': Record<string, string> })['lint-staged']);
    expect(entries).toHaveLength(1);
    const [glob, command] = entries[0]!;
    expect(glob).toMatch(/\bmd\b/u);
    expect(glob).toMatch(/\bmarkdown\b/u);
    expect(Object.keys(await cliBins())).toContain(command.split(' ')[0]);
    // lint-staged runs the command with the project's node_modules/.bin on PATH, the files appended.
    const environment = { PATH: `${project.path('node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
    expect((await sh(`${command} "$@"`, [CLEAN_RFC], environment)).exitCode).toBe(0);
    const broken = await sh(`${command} "$@"`, [BROKEN_RFC], environment);
    expect(broken.exitCode).toBe(1);
    expect(broken.stdout).toContain(BROKEN_RFC);
  });
});

describe('action.yml', () => {
  async function readAction(): Promise<Action> {
    return parse(await readFile(path.join(repositoryRoot, 'action.yml'), 'utf8')) as Action;
  }

  /** GitHub's `${{ inputs.x }}` and `${{ steps.lint.outputs.x }}`, the only expressions the env blocks use. */
  function expand(value: string, inputs: Record<string, string>, outputs: Record<string, string> = {}): string {
    return value.replace(/\$\{\{\s*(inputs|steps\.lint\.outputs)\.([\w-]+)\s*\}\}/gu, (expression, scope: string, name: string) => {
      const found = scope === 'inputs' ? inputs[name] : outputs[name];
      if (found === undefined) throw new Error(`${expression} has no value`);
      return found;
    });
  }

  function defaults(action: Action): Record<string, string> {
    return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
  }

  async function runLintStep(inputs: Record<string, string>): Promise<{ run: Run; outputs: Record<string, string> }> {
    const action = await readAction();
    const step = action.runs.steps.find((candidate) => candidate.id === 'lint')!;
    const outputFile = project.path('github-output.txt');
    await project.write('github-output.txt', '');
    const environment = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(value, inputs)]));
    const run = await sh(step.run!, [], { ...environment, GITHUB_OUTPUT: outputFile });
    const outputs = Object.fromEntries(
      (await project.read('github-output.txt'))
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split(/=(.*)/u).slice(0, 2) as [string, string]),
    );
    return { run, outputs };
  }

  type SarifLog = { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };

  /** The files with errors in a SARIF log (the example RFC links to design docs this project lacks: warnings). */
  function errorUris(sarif: SarifLog): string[] {
    return sarif.runs[0]!.results.filter((result) => result.level === 'error').map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
  }

  it('is a composite action with the paths, version and sarif inputs, uploading with codeql-action/upload-sarif', async () => {
    const action = await readAction();
    expect(action).toMatchObject({ name: 'specloom', description: expect.any(String), runs: { using: 'composite' } });
    for (const name of ['paths', 'version', 'sarif', 'sarif-file', 'args', 'working-directory']) {
      expect(action.inputs[name], `input ${name}`).toMatchObject({ description: expect.any(String), default: expect.any(String) });
    }
    expect(action.inputs.sarif!.default).toBe('true');
    const [lint, upload, exit] = action.runs.steps;
    expect(lint).toMatchObject({ id: 'lint', shell: 'bash' });
    expect(lint!.run).toMatch(/ lint .*--format sarif -o "\$SPECLOOM_SARIF_FILE"/u);
    expect(lint!.run).toContain('npx --yes "specloom@${SPECLOOM_VERSION}"');
    // Inputs only reach the script through env: an input spliced into the script's text could inject commands.
    expect(lint!.run).not.toContain('${{');
    expect(upload!.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/u);
    expect(upload!.if).toContain("inputs.sarif == 'true'");
    expect(upload!.with).toMatchObject({ sarif_file: expect.stringContaining('${{ inputs.sarif-file }}') });
    expect(exit).toMatchObject({ shell: 'bash', run: expect.stringContaining('SPECLOOM_EXIT_CODE') });
  });

  it("writes the SARIF report and passes specloom's exit code on to the last step", async () => {
    const action = await readAction();
    const { run, outputs } = await runLintStep({ ...defaults(action), paths: 'docs/rfc/*.md README.md' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/sarif report written to specloom\.sarif/u);
    expect(outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'specloom.sarif' });
    const sarif = JSON.parse(await project.read('specloom.sarif'));
    expect(sarif.runs[0].tool.driver.name).toBe('specloom');
    expect(new Set(errorUris(sarif))).toEqual(new Set([BROKEN_RFC]));

    const exitStep = action.runs.steps.at(-1)!;
    const exitEnvironment = Object.fromEntries(Object.entries(exitStep.env ?? {}).map(([name, value]) => [name, expand(value, {}, outputs)]));
    expect((await sh(exitStep.run!, [], exitEnvironment)).exitCode).toBe(1);
  });

  it('lints only the paths and options it is given', async () => {
    const action = await readAction();
    const { outputs } = await runLintStep({ ...defaults(action), paths: CLEAN_RFC, args: '--max-warnings 1000', 'sarif-file': 'reports/clean.sarif' });
    expect(outputs).toEqual({ 'exit-code': '0', 'sarif-file': 'reports/clean.sarif' });
    const sarif = JSON.parse(await project.read('reports/clean.sarif'));
    expect(errorUris(sarif)).toEqual([]);
  });
});
