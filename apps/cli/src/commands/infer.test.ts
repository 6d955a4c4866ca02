import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';

const ADR_TEMPLATE = path.resolve(import.meta.dirname, '../../../../plugins/example-org/templates/adr.md');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'specloom-infer-'));
  writeFileSync(path.join(folder, 'adr.md'), readFileSync(ADR_TEMPLATE, 'utf8'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'specloom', ...args], {
    cwd: folder,
    builtinPlugins: [],
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('specloom infer', () => {
  it('prints what the template will make specloom check', async () => {
    const { code, stdout } = await run('infer', 'adr.md');
    expect(code).toBe(0);
    expect(stdout).toContain('template adr\n');
    expect(stdout).toContain('  Status         enum: Proposed | Accepted | Superseded | Deprecated\n');
    expect(stdout).toContain('  Date           date: YYYY-MM-DD\n');
    expect(stdout).toContain('status     Status: Proposed → Accepted → Superseded → Deprecated\n');
    expect(stdout).toContain('  ## Consequences\n    table: Consequence | Impact | Owner\n  ## Confirmation  (optional)\n  ## Alternatives Considered  (optional)\n');
  });

  it('prints the schema as JSON', async () => {
    const { code, stdout } = await run('infer', 'adr.md', '--format', 'json');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.id).toBe('adr');
    expect(schema.sections.map((section: { title: string }) => section.title)).toEqual(['Context', 'Decision', 'Consequences', 'Confirmation', 'Alternatives Considered']);
  });

  it('names a missing template and exits 2', async () => {
    const { code, stderr } = await run('infer', 'nope.md');
    expect(code).toBe(2);
    expect(stderr).toBe('specloom: Cannot read template nope.md: it does not exist, expected a template Markdown file\n');
  });

  it('emits a starting plugin that lints with the template', async () => {
    const { code, stdout } = await run('infer', 'adr.md', '--emit-plugin', 'adr-plugin');
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote a starting plugin to adr-plugin: package.json, index.js, templates/adr.md\n');
    expect(readFileSync(path.join(folder, 'adr-plugin/templates/adr.md'), 'utf8')).toBe(readFileSync(ADR_TEMPLATE, 'utf8'));
    // The emitted plugin imports @specloom/core; give it the workspace's copy as an install would.
    mkdirSync(path.join(folder, 'node_modules/@specloom'), { recursive: true });
    symlinkSync(path.resolve(import.meta.dirname, '../../../../packages/core'), path.join(folder, 'node_modules/@specloom/core'));
    writeFileSync(path.join(folder, 'specloom.config.json'), JSON.stringify({ plugins: ['./adr-plugin/index.js'], templates: { 'decisions/**': 'adr' } }));
    mkdirSync(path.join(folder, 'decisions'));
    writeFileSync(path.join(folder, 'decisions/0001-x.md'), '# ADR-0001: Use queues\n\n**Status**: Approved\n');
    const lint = await run('lint', 'decisions', '--format', 'json');
    const [result] = JSON.parse(lint.stdout);
    expect(result.template).toBe('adr');
    expect(result.messages.map((message: { message: string }) => message.message)).toContain(
      'Unexpected value "Approved" for "Status", expected one of "Proposed", "Accepted", "Superseded", "Deprecated"',
    );
  });

  it('refuses to write into a folder that has files', async () => {
    mkdirSync(path.join(folder, 'adr-plugin'));
    writeFileSync(path.join(folder, 'adr-plugin/index.js'), 'mine\n');
    const { code, stderr } = await run('infer', 'adr.md', '--emit-plugin', 'adr-plugin');
    expect(code).toBe(2);
    expect(stderr).toBe('specloom: Unexpected existing files in adr-plugin, expected a new or empty folder for --emit-plugin (nothing was written)\n');
    expect(readFileSync(path.join(folder, 'adr-plugin/index.js'), 'utf8')).toBe('mine\n');
  });
});
