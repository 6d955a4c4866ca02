import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, runCli } from './cli-harness.js';

/** The clean Station example, moved to a team's own product line and spike initial. */
const example = fileURLToPath(new URL('../../../examples/product/station-offline-sync.md', import.meta.url));

async function remoteAntigravitySpec(): Promise<string> {
  const text = await readFile(example, 'utf8');
  return text.replace('> **Product**: Station', '> **Product**: Remote Antigravity').replace(/\bS-(\d{3})\b/g, 'RA-$1');
}

interface JsonResult {
  messages: Array<{ ruleId: string | null; severity: number; line: number; message: string }>;
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

async function lintMessages(): Promise<string[]> {
  const run = await runCli(['lint', 'spec.md', '--format', 'json'], project.root);
  const [result] = JSON.parse(run.stdout) as JsonResult[];
  return result!.messages.filter((message) => message.severity === 2).map((message) => `${message.line} ${message.ruleId} ${message.message}`);
}

describe('product lines from settings.products', () => {
  it('accepts a team product line and its spike initial once config names them', async () => {
    await project.write('spec.md', await remoteAntigravitySpec());
    await project.write('specloom.config.json', JSON.stringify({ settings: { products: { 'Remote Antigravity': 'RA', Station: 'S' } } }));
    expect(await lintMessages()).toEqual([]);
  });

  it('without the setting, names the setting in the Product error', async () => {
    await project.write('spec.md', await remoteAntigravitySpec());
    const errors = await lintMessages();
    expect(errors).toContain(
      '6 metadata-enum Unexpected value "Remote Antigravity" for "Product", expected one of "Station", "Grid", "Trace", "Cross-Product" (list your own in `settings.products`)',
    );
  });

  it('still holds spikes to the configured initial', async () => {
    await project.write('spec.md', (await remoteAntigravitySpec()).replace('| **RA-002** |', '| **S-002** |'));
    await project.write('specloom.config.json', JSON.stringify({ settings: { products: { 'Remote Antigravity': 'RA', Station: 'S' } } }));
    expect(await lintMessages()).toEqual(['61 product/spike-id Spike S-002 does not match product Remote Antigravity: expected RA-002']);
  });

  it('rejects an initial that is not 1 to 4 capital letters, naming the key', async () => {
    await project.write('spec.md', await remoteAntigravitySpec());
    await project.write('specloom.config.json', JSON.stringify({ settings: { products: { 'Remote Antigravity': 'ra-1' } } }));
    const run = await runCli(['lint', 'spec.md'], project.root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('settings.products');
    expect(run.stderr).toContain('1 to 4 capital letters');
  });
});

describe('specloom new product with settings.products', () => {
  it('takes a configured product line and writes its spike initial', async () => {
    await project.write('specloom.config.json', JSON.stringify({ settings: { products: { 'Remote Antigravity': 'RA' } } }));
    const run = await runCli(['new', 'product', 'Thrust vectoring', '--product', 'remote antigravity', '--author', 'Ada'], project.root);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const text = await readFile(project.path(run.stdout.trim()), 'utf8');
    expect(text).toContain('> **Product**: Remote Antigravity');
    expect(text).toContain('**RA-001**');
    expect(text).not.toMatch(/\*\*S-00\d\*\*/);
  });

  it('names the configured product lines when --product is not one of them', async () => {
    await project.write('specloom.config.json', JSON.stringify({ settings: { products: { 'Remote Antigravity': 'RA' } } }));
    const run = await runCli(['new', 'product', 'Thrust vectoring', '--product', 'Station'], project.root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('Unexpected product "Station", expected one of "Remote Antigravity"');
  });
});
