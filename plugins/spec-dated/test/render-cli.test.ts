import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The real built CLI, which loads this plugin's built `dist` as a built-in. */
const binPath = path.resolve(import.meta.dirname, '../../../apps/cli/dist/bin.js');
const fixture = path.join(import.meta.dirname, 'fixtures/traceability/SPEC-2026-10-05-001-session-cost-cap.md');

let project: string;

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (pnpm turbo run build)`);
  // Outside the repository, so no config above it is found.
  project = mkdtempSync(path.join(tmpdir(), 'specloom-spec-dated-'));
  copyFileSync(fixture, path.join(project, 'cost-cap.md'));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

function specloom(args: string[]) {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  delete environment.FORCE_COLOR;
  return spawnSync(process.execPath, [binPath, ...args], { cwd: project, env: environment, encoding: 'utf8' });
}

describe('specloom render through the CLI', () => {
  it('prints the traceability matrix with --to traceability-md', () => {
    const run = specloom(['render', 'cost-cap.md', '--to', 'traceability-md']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 of 3 MUST requirements covered.');
    expect(run.stdout).toContain('| REQ-005 | MAY | AC-3 | TEST-003 | yes |');
    expect(run.stdout).toContain('- REQ-004 (MUST, line 29): The session service MUST record on the receipt that the session was stopped by the cap.');
  });

  it('prints the JSON with the specDated block with --to json', () => {
    const run = specloom(['render', 'cost-cap.md', '--to', 'json']);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { path: string; specDated: { specId: string; coverage: { uncoveredMust: string[] } } };
    expect(output.path).toBe('cost-cap.md');
    expect(output.specDated.specId).toBe('SPEC-2026-10-05-001');
    expect(output.specDated.coverage.uncoveredMust).toEqual(['REQ-004']);
  });
});
