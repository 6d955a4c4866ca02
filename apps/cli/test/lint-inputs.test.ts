import { execFileSync, spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, binPath, collectRun, readFixture, type CliRun } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const PRD_FIXTURE = 'prd-billing-notifications.md';
const RFC_PATH = 'docs/rfc/0007-billing-webhooks.md';

/** The RFC with a status the template does not allow (no fix) and a creation date a fix rewrites. */
function withBadStatusAndDate(text: string): string {
  return text.replace('**Status**: review', '**Status**: done').replace('**Created**: 2025-03-04', '**Created**: 2025-3-4');
}

/** The built CLI with `input` piped to its standard input, as an editor integration runs it. */
function runWithStdin(args: string[], cwd: string, input: string): Promise<CliRun> {
  const environment = { ...process.env };
  delete environment.FORCE_COLOR;
  const child = spawn(process.execPath, [binPath, ...args], { cwd, env: environment });
  const run = collectRun(child);
  child.stdin.end(input);
  return run;
}

interface JsonResult {
  filePath: string;
  template: string | null;
  messages: Array<{ ruleId: string | null; severity: number; message: string }>;
  errorCount: number;
  output?: string;
}

function ruleIds(result: JsonResult): Array<string | null> {
  return result.messages.map((message) => message.ruleId);
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

describe('specloom lint --stdin --stdin-filename PATH', () => {
  it('lints standard input as the file PATH: its template, its folder\u2019s config and links, nothing written', async () => {
    const text = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
    // The config beside PATH turns metadata-enum off; there is none in the cwd.
    await project.write('docs/specloom.config.json', JSON.stringify({ rules: { 'metadata-enum': 'off' } }));
    await project.write('docs/rfc/prd-billing-notifications.md', await readFixture(PRD_FIXTURE));

    const run = await runWithStdin(['lint', '--stdin', '--stdin-filename', RFC_PATH, '--format', 'json'], project.root, text);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as [JsonResult];
    expect(result.filePath).toBe(project.path(RFC_PATH));
    expect(result.template).toBe('rfc');
    // The PRD beside PATH resolves its links; metadata-enum is off; the date is still wrong.
    expect(ruleIds(result)).toEqual(['metadata-date']);
    expect(result.output).toBeUndefined();
    await expect(project.read(RFC_PATH)).rejects.toThrow();

    // The same text as another PATH: the template checks the file name against the RFC number.
    const renamed = await runWithStdin(['lint', '--stdin', '--stdin-filename', 'docs/rfc/0009-other.md', '--format', 'json'], project.root, text);
    expect(ruleIds((JSON.parse(renamed.stdout) as [JsonResult])[0])).toContain('rfc/file-name-number');

    // The stylish report names PATH.
    const stylish = await runWithStdin(['lint', '--stdin', '--stdin-filename', RFC_PATH], project.root, text);
    expect(stylish.stdout.split('\n')[1]).toBe(RFC_PATH);
  });

  it('--fix-dry-run puts the fixed text in the JSON `output` and leaves the file PATH alone', async () => {
    const text = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
    await project.write(RFC_PATH, 'The file on disk, which standard input does not replace.\n');
    const run = await runWithStdin(['lint', '--stdin', '--stdin-filename', RFC_PATH, '--fix-dry-run', '--format', 'json'], project.root, text);
    const [result] = JSON.parse(run.stdout) as [JsonResult];
    expect(result.output).toBe(text.replace('**Created**: 2025-3-4', '**Created**: 2025-03-04'));
    expect(ruleIds(result)).not.toContain('metadata-date');
    expect(ruleIds(result)).toContain('metadata-enum');
    expect(run.exitCode).toBe(1);
    expect(await project.read(RFC_PATH)).toBe('The file on disk, which standard input does not replace.\n');

    const clean = await runWithStdin(
      ['lint', '--stdin', '--stdin-filename', RFC_PATH, '--fix-dry-run', '--format', 'json'],
      project.root,
      await readFixture(RFC_FIXTURE),
    );
    expect('output' in (JSON.parse(clean.stdout) as [JsonResult])[0]).toBe(false);
  });

  it('a PATH the config or --ignore-pattern ignores is not linted, with a note', async () => {
    const text = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
    await project.write('specloom.config.json', JSON.stringify({ ignores: ['archive/**'] }));
    for (const args of [
      ['--stdin-filename', 'archive/0007-billing-webhooks.md'],
      ['--stdin-filename', RFC_PATH, '--ignore-pattern', 'docs/rfc'],
    ]) {
      const run = await runWithStdin(['lint', '--stdin', ...args], project.root, text);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/: File ignored by --ignore-pattern or the config’s ignores; not linted\.\n$/u);
      expect(run.exitCode).toBe(0);
    }
  });

  it('flags that do not go together are one line and exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [['--stdin'], 'specloom: --stdin needs --stdin-filename PATH: expected the path the text is linted as (its template and config depend on it)\n'],
      [['--stdin', '--stdin-filename', RFC_PATH, '--fix'], 'specloom: --fix writes files, and standard input has none: expected --fix-dry-run with --stdin\n'],
      [['--fix', '--fix-dry-run', 'docs'], 'specloom: --fix writes the fixes and --fix-dry-run writes nothing: expected one of them\n'],
      [['--stdin-filename', RFC_PATH], 'specloom: --stdin-filename names the text read with --stdin: expected --stdin too\n'],
    ];
    for (const [args, stderr] of cases) {
      const run = await runWithStdin(['lint', ...args], project.root, 'text');
      expect({ args, exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr }).toEqual({ args, exitCode: 2, stdout: '', stderr });
    }
  });
});

describe('specloom lint --fix-dry-run FILES', () => {
  it('puts each fixed file\u2019s text in the JSON `output` and writes nothing', async () => {
    const broken = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
    await project.write(RFC_PATH, broken);
    await project.write('docs/rfc/prd-billing-notifications.md', await readFixture(PRD_FIXTURE));
    const run = await project.run(['lint', 'docs', '--fix-dry-run', '--format', 'json']);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const rfc = results.find((result) => result.filePath === project.path(RFC_PATH))!;
    expect(rfc.output).toBe(broken.replace('**Created**: 2025-3-4', '**Created**: 2025-03-04'));
    // Findings are those left after the fixes, as with --fix.
    expect(ruleIds(rfc)).toEqual(['metadata-enum']);
    expect(results.filter((result) => 'output' in result).map((result) => result.filePath)).toEqual([project.path(RFC_PATH)]);
    expect(await project.read(RFC_PATH)).toBe(broken);
    expect(run.exitCode).toBe(1);
  });
});

describe('specloom lint: which files', () => {
  it('lints .markdown files in folders as it lints .md files', async () => {
    await project.write('docs/rfc/0007-billing-webhooks.markdown', withBadStatusAndDate(await readFixture(RFC_FIXTURE)));
    await project.write('docs/rfc/prd-billing-notifications.md', await readFixture(PRD_FIXTURE));
    const run = await project.run(['lint', 'docs', '--format', 'json']);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const markdown = results.find((result) => result.filePath.endsWith('.markdown'))!;
    expect(markdown.template).toBe('rfc');
    expect(ruleIds(markdown)).toContain('metadata-enum');
    expect(run.exitCode).toBe(1);
  });

  it('--no-error-on-unmatched-pattern: a pattern that matches nothing is no error', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH);
    await project.copyFixture(PRD_FIXTURE, 'docs/rfc/prd-billing-notifications.md');
    const strict = await project.run(['lint', 'docs', 'specs/**/*.md']);
    expect(strict.stderr).toContain('specloom: No files matching "specs/**/*.md" were found.\n');
    expect(strict.exitCode).toBe(2);

    const lenient = await project.run(['lint', 'docs', 'specs/**/*.md', '--no-error-on-unmatched-pattern']);
    expect(lenient.stderr).not.toContain('No files matching');
    expect(lenient.stdout).toBe(strict.stdout);
    expect(lenient.exitCode).toBe(0);
    const nothing = await project.run(['lint', 'specs', '--no-error-on-unmatched-pattern']);
    expect({ exitCode: nothing.exitCode, stdout: nothing.stdout, stderr: nothing.stderr }).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  describe('in a git work tree', () => {
    const BUILD_COPY = 'site/build/docs/rfc/0007-billing-webhooks.md';

    beforeEach(async () => {
      execFileSync('git', ['init', '--quiet'], { cwd: project.root });
      await project.write('.gitignore', 'site/build/\n');
      await project.copyFixture(RFC_FIXTURE, RFC_PATH);
      await project.copyFixture(PRD_FIXTURE, 'docs/rfc/prd-billing-notifications.md');
      // A build step's copy of the spec, which git ignores: the same RFC number twice.
      await project.copyFixture(RFC_FIXTURE, BUILD_COPY);
      await project.copyFixture(PRD_FIXTURE, 'site/build/docs/rfc/prd-billing-notifications.md');
    });

    it('leaves out what .gitignore excludes, so a build copy is no duplicate of the real spec', async () => {
      for (const args of [['lint'], ['lint', '.'], ['lint', '**/*.md']]) {
        const run = await project.run([...args, '--format', 'json']);
        const results = JSON.parse(run.stdout) as JsonResult[];
        expect(results.map((result) => result.filePath)).toEqual([project.path(RFC_PATH), project.path('docs/rfc/prd-billing-notifications.md')]);
        expect(run.exitCode).toBe(0);
      }
    });

    it('--no-gitignore lints the build copy too, and the number is then a duplicate', async () => {
      const run = await project.run(['lint', '--no-gitignore', '--format', 'json']);
      const results = JSON.parse(run.stdout) as JsonResult[];
      expect(results.map((result) => result.filePath)).toContain(project.path(BUILD_COPY));
      expect(results.find((result) => result.filePath === project.path(RFC_PATH))!.errorCount).toBeGreaterThan(0);
      expect(run.exitCode).toBe(1);
    });

    it('a file named on the command line is linted even when git ignores it', async () => {
      const run = await project.run(['lint', BUILD_COPY, '--format', 'json']);
      expect((JSON.parse(run.stdout) as JsonResult[]).map((result) => result.filePath)).toEqual([project.path(BUILD_COPY)]);
      expect(run.exitCode).toBe(0);
    });
  });
});
