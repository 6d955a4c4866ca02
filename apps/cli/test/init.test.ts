import { mkdir, readdir, symlink } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from './cli-harness.js';

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

/** As `pnpm add -D specloom` leaves a project: the package in node_modules. */
async function installSpecloom(): Promise<void> {
  await mkdir(project.path('node_modules'));
  await symlink(fileURLToPath(new URL('..', import.meta.url)), project.path('node_modules/specloom'), 'dir');
}

describe('specloom init', () => {
  it('writes a config with $schema and a first spec from the template, and prints the CI command', async () => {
    await installSpecloom();
    const run = await project.run(['init', '--template', 'rfc', '--title', 'Billing webhooks', '--dir', 'docs/rfc', '--author', 'Ada Lovelace']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const [specPath, configPath, ...recipe] = run.stdout.split('\n');
    expect(specPath).toBe('docs/rfc/0001-billing-webhooks.md');
    expect(configPath).toBe('specloom.config.json');
    expect(recipe.join('\n')).toMatch(/^ {2}npx specloom lint \. --format github/mu);

    const config = JSON.parse(await project.read('specloom.config.json')) as Record<string, unknown>;
    expect(config).toEqual({ $schema: './node_modules/specloom/dist/config.schema.json', ignores: [], rules: {} });
    // The schema it names is there, and the spec is the one `specloom new` writes.
    expect(JSON.parse(await project.read('node_modules/specloom/dist/config.schema.json'))).toHaveProperty('$id');
    expect(await project.read(specPath!)).toContain('# SPEC 0001: Billing webhooks');

    // The CI command runs on what init wrote: the config loads, the new spec gets its template, no errors.
    const lint = await project.run(['lint', '.', '--format', 'json']);
    const results = JSON.parse(lint.stdout) as Array<{ filePath: string; template: string | null; errorCount: number }>;
    expect(results.map((result) => [result.filePath, result.template, result.errorCount])).toEqual([[project.path(specPath!), 'rfc', 0]]);
    expect(lint.exitCode).toBe(0);
  });

  it('names the schema by its URL when specloom is not installed in the project', async () => {
    const run = await project.run(['init', '--template', 'design-doc']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(await project.read('specloom.config.json'))).toHaveProperty('$schema', 'https://specloom.dev/schema/config.schema.json');
  });

  it('never overwrites: an existing config or spec stops it with exit 2 and nothing written', async () => {
    await project.write('specloom.config.mjs', 'export default {};\n');
    const configured = await project.run(['init', '--template', 'rfc']);
    expect({ exitCode: configured.exitCode, stdout: configured.stdout, stderr: configured.stderr }).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'specloom: Refusing to write specloom.config.json: `specloom.config.mjs` already configures this folder\n',
    });
    expect(await readdir(project.root)).toEqual(['specloom.config.mjs']);

    const other = await Project.create();
    try {
      await other.write('first-spec.md', 'My own notes.\n');
      const existingSpec = await other.run(['init', '--template', 'design-doc']);
      expect(existingSpec.exitCode).toBe(2);
      expect(existingSpec.stderr).toContain('first-spec.md');
      expect(await other.read('first-spec.md')).toBe('My own notes.\n');
      expect(await readdir(other.root)).toEqual(['first-spec.md']);
    } finally {
      await other.remove();
    }
  });

  it('without --template lists the templates to choose from, exit 2', async () => {
    const run = await project.run(['init']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^specloom: Missing --template, expected the template of the first spec: one of "product", .*"rfc"/u);
    expect(await readdir(project.root)).toEqual([]);
  });
});
