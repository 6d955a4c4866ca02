import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, runCli } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const RFC_PATH = 'docs/rfc/0007-billing-webhooks.md';

function withBadStatus(text: string): string {
  return text.replace('**Status**: review', '**Status**: done');
}

/** A config error is the user's to fix: one message naming the file, exit 2, no stack trace, nothing on stdout. */
function expectConfigError(run: { exitCode: number | null; stdout: string; stderr: string }): void {
  expect(run.exitCode).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^specloom: /u);
  expect(run.stderr).not.toMatch(/^\s+at /mu);
  expect(run.stderr).not.toContain('internal error');
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
  await project.copyFixture('prd-billing-notifications.md', 'docs/rfc/prd-billing-notifications.md');
  await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatus);
});

afterEach(async () => {
  await project.remove();
});

describe('config files', () => {
  it('are found by searching upward from the cwd and change rule severities', async () => {
    await project.write('specloom.config.json', JSON.stringify({ rules: { 'metadata-enum': 'warn' } }));
    const run = await project.run(['lint', RFC_PATH]);
    expect(run.stdout).toMatch(/\d+:\d+\s+warning\s+Unexpected value "done" for "Status".*metadata-enum/u);
    expect(run.exitCode).toBe(0);

    // From a subfolder too: the search goes upward, and paths are shown relative to where the user stands.
    const fromSubfolder = await runCli(['lint', '0007-billing-webhooks.md'], project.path('docs/rfc'));
    expect(fromSubfolder.stdout.split('\n')[1]).toBe('0007-billing-webhooks.md');
    expect(fromSubfolder.stdout).toMatch(/warning\s+Unexpected value "done"/u);
    expect(fromSubfolder.exitCode).toBe(0);
  });

  it('--config names a config file to use instead', async () => {
    await project.write('config/strict.json', JSON.stringify({ rules: { 'metadata-enum': 'off' } }));
    const run = await project.run(['lint', RFC_PATH, '--config', 'config/strict.json']);
    expect(run.stdout).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('config ignores (relative to the config file) leave files out', async () => {
    await project.write('specloom.config.mjs', "export default { ignores: ['docs/rfc/0007-*.md'] };\n");
    const run = await project.run(['lint', '.', '--format', 'json']);
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([
      project.path('docs/rfc/prd-billing-notifications.md'),
    ]);
    expect(run.exitCode).toBe(0);

    const fromSubfolder = await runCli(['lint', '.', '--format', 'json'], project.path('docs/rfc'));
    expect(JSON.parse(fromSubfolder.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([
      project.path('docs/rfc/prd-billing-notifications.md'),
    ]);
  });

  it('a syntax error in the config is reported with the file name, exit 2', async () => {
    await project.write('specloom.config.json', '{\n  "rules": {\n    "metadata-enum": "warn",\n  }\n}\n');
    const run = await project.run(['lint', RFC_PATH]);
    expectConfigError(run);
    expect(run.stderr).toContain('specloom.config.json');
  });

  it('a config module that throws is reported with the file name, exit 2', async () => {
    await project.write('specloom.config.mjs', 'export default { rules: { ;\n');
    const run = await project.run(['lint', RFC_PATH]);
    expectConfigError(run);
    expect(run.stderr).toContain('specloom.config.mjs');
  });

  it('an unknown rule in the config is named, with the closest known rule, exit 2', async () => {
    await project.write('specloom.config.json', JSON.stringify({ rules: { 'metadata-enums': 'error' } }));
    const run = await project.run(['lint', RFC_PATH]);
    expectConfigError(run);
    expect(run.stderr).toContain('specloom.config.json');
    expect(run.stderr).toContain('metadata-enums');
    expect(run.stderr).toContain('metadata-enum"');
  });

  it('an invalid severity is named with what was expected, exit 2', async () => {
    await project.write('specloom.config.json', JSON.stringify({ rules: { 'metadata-enum': 'warning' } }));
    const run = await project.run(['lint', RFC_PATH]);
    expectConfigError(run);
    expect(run.stderr).toContain('rules.metadata-enum');
    expect(run.stderr).toContain('"warning"');
  });

  it('a missing --config file is a usage error, exit 2', async () => {
    const run = await project.run(['lint', RFC_PATH, '--config', 'nope.json']);
    expectConfigError(run);
    expect(run.stderr).toContain('nope.json');
  });

  it('templates and rules report config errors the same way', async () => {
    await project.write('specloom.config.json', '{ "rules": ');
    expectConfigError(await project.run(['templates']));
    expectConfigError(await project.run(['rules', '--format', 'json']));
  });
});
