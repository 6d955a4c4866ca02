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
  project = await mkdtemp(path.join(tmpdir(), 'specloom-design-doc-render-'));
  await copyFile(new URL('fixtures/valid/implemented-charger-map-tiles.md', import.meta.url), path.join(project, 'charger-map-tiles.md'));
});
afterEach(() => rm(project, { recursive: true, force: true }));

// One spawn (each costs seconds): the HTML renderer goes through the same selection, tested in-process.
it('renders a design doc as JSON through the real CLI with the design-doc renderer', async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (pnpm turbo run build)`);
  const { stdout } = await run(process.execPath, [cli, 'render', 'charger-map-tiles.md', '--to', 'json'], { cwd: project });
  const json = JSON.parse(stdout);
  expect(json).toMatchObject({ template: 'design-doc', path: 'charger-map-tiles.md', designDoc: { version: '1.3' } });
  expect(json.designDoc.changeLog.at(-1)).toEqual({
    version: '1.3',
    date: '2026-01-15',
    author: 'Lena Fischer',
    changes: 'Marked implemented; measured results in Appendix B',
    line: 236,
  });
});
