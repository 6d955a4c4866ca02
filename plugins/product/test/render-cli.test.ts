import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from './helpers/fixtures.js';
import type { ProductJson } from './helpers/render.js';

/** The built CLI (`pnpm turbo run build` first), run the way users run it. */
const CLI = path.resolve(import.meta.dirname, '../../../apps/cli/dist/bin.js');

let project: string;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (pnpm turbo run build)`);
  // Outside the repository, so no config above it is found: the built-in plugins only.
  project = await mkdtemp(path.join(tmpdir(), 'specloom-product-render-'));
  await copyFile(fixturePath('valid', 'grid-dynamic-load-balancing.md'), path.join(project, 'grid.md'));
  await copyFile(fixturePath('invalid', 'agpl-marked-safe.md'), path.join(project, 'audit.md'));
});
afterAll(() => rm(project, { recursive: true, force: true }));

function specloom(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: project, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('specloom render on product specs (built CLI)', () => {
  it('renders JSON with the product block through the plugin renderer', async () => {
    const run = await specloom('render', 'grid.md', 'audit.md', '--to', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rendered = JSON.parse(run.stdout) as ProductJson[];
    expect(rendered.map((document) => document.path).sort()).toEqual(['audit.md', 'grid.md']);
    const grid = rendered.find((document) => document.path === 'grid.md')!;
    const audit = rendered.find((document) => document.path === 'audit.md')!;
    expect(grid.product.productLine).toEqual({ name: 'Grid', initial: 'G' });
    expect(grid.product.spikes.map((spike) => [spike.id, spike.effort?.minHours, spike.effort?.maxHours])).toEqual([
      ['G-001', 4, 8],
      ['G-002', 24, 24],
      ['G-003', 16, 24],
      ['G-004', 6, 6],
    ]);
    expect(audit.product.priority).toEqual({ level: 'P1', label: 'High' });
    expect(audit.product.licenseAudit.find((entry) => entry.risk === 'trap')).toMatchObject({
      dependency: 'MinIO (archive storage for exports)',
      spdx: 'AGPL-3.0-or-later',
      line: 64,
    });
  });
});
