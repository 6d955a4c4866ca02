import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';

const cli = path.resolve(import.meta.dirname, '../../../apps/cli/dist/bin.js');
const run = promisify(execFile);

let project: string;
beforeEach(async () => {
  // Outside the repository, so no config above it is found: the built-in plugins only, as a new user has.
  project = await mkdtemp(path.join(tmpdir(), 'specloom-rfc-render-'));
  await copyFile(new URL('fixtures/valid/0008-session-events-v2.md', import.meta.url), path.join(project, '0008-session-events-v2.md'));
});
afterEach(() => rm(project, { recursive: true, force: true }));

// One spawn (each costs seconds): the JSON renderer goes through the same selection, tested in-process.
it('renders an RFC page through the real CLI with the rfc html renderer', async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (pnpm turbo run build)`);
  const html = await run(process.execPath, [cli, 'render', '0008-session-events-v2.md', '--to', 'html'], { cwd: project });
  expect(html.stdout).toContain('<p class="banner" role="note">Decision: Approved · status approved · 4 of 4 approvals</p>');
  expect(html.stdout).toContain('<tr><td>Architect</td><td>@alice-chen</td><td>yes</td></tr>');
});
