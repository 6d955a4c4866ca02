import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from './cli-harness.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

/** A usage error: one line on stderr naming the problem, nothing on stdout, exit 2. */
function expectUsageError(run: { exitCode: number | null; stdout: string; stderr: string }): void {
  expect(run.exitCode).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')).toHaveLength(2);
  expect(run.stderr).toMatch(/^specloom: .+\n$/u);
}

describe('specloom usage', () => {
  it('--version prints the version from package.json', async () => {
    for (const flag of ['--version', '-v']) {
      const run = await project.run([flag]);
      expect(run.stdout).toBe(`${packageJson.version}\n`);
      expect(run.exitCode).toBe(0);
    }
  });

  it('--help lists the commands and exits 0', async () => {
    const run = await project.run(['--help']);
    expect(run.stdout).toContain('Usage: specloom');
    for (const command of ['lint', 'templates', 'rules']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'mu'));
    expect(run.exitCode).toBe(0);

    const lintHelp = await project.run(['lint', '--help']);
    for (const option of ['--format', '--output-file', '--fix', '--max-warnings', '--quiet', '--config', '--no-color', '--ignore-pattern']) {
      expect(lintHelp.stdout).toContain(option);
    }
    expect(lintHelp.exitCode).toBe(0);
  });

  it('no command prints the help on stderr and exits 2', async () => {
    const run = await project.run([]);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: specloom');
    expect(run.exitCode).toBe(2);
  });

  it('an unknown option is one clear line, exit 2', async () => {
    const run = await project.run(['lint', '--fxi']);
    expectUsageError(run);
    expect(run.stderr).toBe("specloom: unknown option '--fxi' (Did you mean --fix?)\n");
  });

  it('an unknown command is one clear line, exit 2', async () => {
    const run = await project.run(['lnt']);
    expectUsageError(run);
    expect(run.stderr).toContain("unknown command 'lnt'");
  });

  it('a bad --format names what was expected, exit 2', async () => {
    const run = await project.run(['lint', '--format', 'xml']);
    expectUsageError(run);
    expect(run.stderr).toBe(
      'specloom: Unknown format "xml": expected stylish, json, json-with-metadata, sarif, junit, github, gitlab, ' +
        'an ESLint formatter package (eslint-formatter-xml, not installed here) or a formatter file\n',
    );
    expectUsageError(await project.run(['rules', '--format', 'stylish']));
  });

  it('a bad --max-warnings names what was expected, exit 2', async () => {
    for (const value of ['many', '-1', '1.5']) {
      const run = await project.run(['lint', '--max-warnings', value]);
      expectUsageError(run);
      expect(run.stderr).toContain('Expected a whole number of 0 or more.');
    }
  });

  it('an internal error says so, with the stack only under DEBUG=specloom', async () => {
    // A plugin whose rules cannot even be listed: a bug in code, not a mistake in the config's shape.
    await project.write(
      'specloom.config.mjs',
      "export default { plugins: [{ name: 'acme', get rules() { throw new TypeError('rules table is corrupt'); } }] };\n",
    );
    await project.write('spec.md', '# SPEC 0001: Tiny\n');
    const run = await project.run(['lint', 'spec.md']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('specloom: internal error: rules table is corrupt');
    expect(run.stderr).not.toMatch(/^\s+at /mu);

    const debug = await project.run(['lint', 'spec.md'], { DEBUG: 'specloom' });
    expect(debug.exitCode).toBe(2);
    expect(debug.stderr).toMatch(/^\s+at /mu);
  });
});

describe('specloom templates', () => {
  it('lists the built-in templates, those of spec-kit and OpenSpec among them: id, plugin, description', async () => {
    const run = await project.run(['templates']);
    const lines = run.stdout.trimEnd().split('\n');
    const rows = Object.fromEntries(lines.map((line) => [line.split(/\s+/u)[0], line]));
    expect(Object.keys(rows).sort()).toEqual([
      'design-doc',
      'feature',
      'openspec-change',
      'openspec-delta',
      'openspec-spec',
      'openspec-tasks',
      'product',
      'rfc',
      'spec-kit',
      'spec-kit-plan',
      'spec-kit-tasks',
      'why-what-how',
    ]);
    expect(rows['spec-kit']).toMatch(/^spec-kit\s+spec-kit\s+\S/u);
    expect(rows['openspec-change']).toMatch(/^openspec-change\s+openspec\s+\S/u);
    expect(rows.rfc).toMatch(/^rfc\s+rfc\s+\S/u);
    expect(rows.feature).toMatch(/^feature\s+spec-dated\s+\S/u);
    expect(rows['why-what-how']).toMatch(/^why-what-how\s+spec-dated\s+\S/u);
    expect(run.exitCode).toBe(0);
  });

  it('--format json gives id, plugin and description for each', async () => {
    const run = await project.run(['templates', '--format', 'json']);
    const templates = JSON.parse(run.stdout) as Array<Record<string, string>>;
    expect(templates).toHaveLength(12);
    for (const template of templates) {
      expect(Object.keys(template)).toEqual(['id', 'plugin', 'description']);
      expect(template.description?.length).toBeGreaterThan(0);
    }
    expect(templates.find((template) => template.id === 'design-doc')?.plugin).toBe('design-doc');
  });

  it('includes templates a config adds from a Markdown file', async () => {
    await project.write(
      'adr-template.md',
      '# ADR [NUMBER]: [Title]\n\n**Status**: proposed | accepted | superseded\n\n## Context\n\n[Why]\n\n## Decision\n\n[What]\n',
    );
    await project.write('specloom.config.json', JSON.stringify({ templates: { 'adr/*.md': './adr-template.md' } }));
    const run = await project.run(['templates', '--format', 'json']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(13);
  });
});

describe('specloom rules', () => {
  it('lists each rule: id, severity, fixable mark, description', async () => {
    const run = await project.run(['rules']);
    const lines = run.stdout.trimEnd().split('\n');
    const rows = Object.fromEntries(lines.map((line) => [line.split(/\s+/u)[0], line]));
    expect(rows['section-required']).toMatch(/^section-required\s+error\s+Require /u);
    expect(rows['metadata-date']).toMatch(/^metadata-date\s+error\s+fixable\s+Require /u);
    expect(rows['link-relative']).toMatch(/^link-relative\s+warn\s+/u);
    expect(run.exitCode).toBe(0);
  });

  it('shows the severities the config sets, including off', async () => {
    await project.write('specloom.config.json', JSON.stringify({ rules: { 'section-required': 'off', 'link-relative': 'error' } }));
    const run = await project.run(['rules', '--format', 'json']);
    const rules = JSON.parse(run.stdout) as Array<{ id: string; severity: string; fixable: boolean }>;
    expect(rules.find((rule) => rule.id === 'section-required')?.severity).toBe('off');
    expect(rules.find((rule) => rule.id === 'link-relative')?.severity).toBe('error');
    expect(rules.find((rule) => rule.id === 'metadata-date')?.fixable).toBe(true);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);

    const text = await project.run(['rules', '--config', 'specloom.config.json']);
    expect(text.stdout).toMatch(/^section-required\s+off\s+/mu);
  });
});
