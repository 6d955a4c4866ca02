import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncWorker } from '../src/sync-worker.js';
import { pluginRoot } from './eslint-project.js';

describe('the built lint worker', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'specloom-lint-worker-'));
    // The entry alone, without the modules it loads: as in a broken install, or while a build is under way.
    await copyFile(path.join(pluginRoot, 'dist/lint-worker.js'), path.join(folder, 'lint-worker.js'));
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('tells ESLint at once why it cannot lint, rather than leaving it waiting', () => {
    const call = createSyncWorker(pathToFileURL(path.join(folder, 'lint-worker.js')), { startMs: 60_000, callMs: 60_000 });
    const started = Date.now();
    expect(() => call({})).toThrow(/lint worker cannot load its modules: .*serve-lint-requests\.js/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
