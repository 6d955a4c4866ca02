import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from './cli-harness.js';

const RFC_PATH = 'docs/rfc/0007-billing-webhooks.md';

interface PrintedConfig {
  filePath: string;
  configFile: string | null;
  ignored: boolean;
  template: { template: string | null; reason: string; candidates: Array<{ id: string; score: number; evidence: string[] }> };
  rules: Record<string, [string] | [string, unknown]>;
  settings: Record<string, unknown>;
  limits: { maxNestingDepth: number; maxFileTimeMs: number };
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
  await project.copyFixture('rfc-0007-billing-webhooks.md', RFC_PATH);
  await project.write(
    'specloom.config.json',
    JSON.stringify({
      rules: { 'metadata-enum': 'warn', 'metadata-date-order': ['error', { futureFields: ['Target Date'] }], placeholder: 'off' },
      settings: { products: { Station: 'S' } },
      ignores: ['docs/archive/**'],
      limits: { maxNestingDepth: 200 },
    }),
  );
});

afterEach(async () => {
  await project.remove();
});

async function printConfig(args: string[]): Promise<PrintedConfig> {
  const run = await project.run(args);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return JSON.parse(run.stdout) as PrintedConfig;
}

describe('specloom --print-config FILE', () => {
  it('prints the file\u2019s template and why, its rules with severity and options, settings and limits', async () => {
    const printed = await printConfig(['--print-config', RFC_PATH]);
    expect(printed.filePath).toBe(RFC_PATH);
    expect(printed.configFile).toBe('specloom.config.json');
    expect(printed.ignored).toBe(false);

    // The same evidence `templates --explain` gives.
    const explained = JSON.parse((await project.run(['templates', '--explain', RFC_PATH, '--format', 'json'])).stdout) as { filePath: string };
    const { filePath: _filePath, ...explanation } = explained;
    expect(printed.template).toEqual(explanation);
    expect(printed.template.template).toBe('rfc');
    expect(printed.template.candidates.find((candidate) => candidate.id === 'rfc')?.evidence.length).toBeGreaterThan(0);

    // Configured severities and options over the defaults; rules turned off and other templates' rules are absent.
    expect(printed.rules['metadata-enum']).toEqual(['warn']);
    expect(printed.rules['metadata-date-order']).toEqual(['error', { futureFields: ['Target Date'] }]);
    expect(printed.rules).not.toHaveProperty('placeholder');
    expect(Object.keys(printed.rules).some((id) => id.startsWith('rfc/'))).toBe(true);
    expect(Object.keys(printed.rules).some((id) => id.startsWith('product/'))).toBe(false);
    // Every rule listed is one `specloom rules` shows as on.
    const listed = JSON.parse((await project.run(['rules', '--format', 'json'])).stdout) as Array<{ id: string; severity: string }>;
    for (const [id, [severity]] of Object.entries(printed.rules)) {
      expect({ id, severity }).toEqual({ id, severity: listed.find((rule) => rule.id === id)?.severity });
    }

    expect(printed.settings).toEqual({ products: { Station: 'S' } });
    expect(printed.limits).toEqual({ maxNestingDepth: 200, maxFileTimeMs: 10_000 });
  });

  it('takes another config as ESLint does (-c before or after), and as the print-config command', async () => {
    await project.write('config/strict.json', JSON.stringify({ rules: { 'metadata-enum': ['error'] } }));
    for (const args of [
      ['-c', 'config/strict.json', '--print-config', RFC_PATH],
      [`--print-config=${RFC_PATH}`, '--config', 'config/strict.json'],
      ['print-config', RFC_PATH, '-c', 'config/strict.json'],
      // Given to `lint`, it asks the same (it was read as the program's option and the whole folder linted).
      ['lint', '-c', 'config/strict.json', '--print-config', RFC_PATH],
    ]) {
      const printed = await printConfig(args);
      expect({ args, configFile: printed.configFile, rule: printed.rules['metadata-enum'] }).toEqual({
        args,
        configFile: 'config/strict.json',
        rule: ['error'],
      });
    }
  });

  it('is a usage error with lint patterns beside it: one file or the other', async () => {
    const run = await project.run(['lint', 'docs', '--print-config', RFC_PATH]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/too many arguments/u);
  });

  it('says when the config ignores the file, and gives a file without a template no rules', async () => {
    await project.write('docs/archive/notes.md', '# Meeting notes\n\nWe met.\n');
    const printed = await printConfig(['--print-config', 'docs/archive/notes.md']);
    expect(printed.ignored).toBe(true);
    expect(printed.template.template).toBeNull();
    expect(printed.rules).toEqual({});
  });

  it('a file that cannot be read is one line and exit 2', async () => {
    const run = await project.run(['--print-config', 'docs/missing.md']);
    expect({ exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr }).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'specloom: Cannot read `docs/missing.md`, expected a Markdown file\n',
    });
  });
});
