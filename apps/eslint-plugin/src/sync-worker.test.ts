import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERED, createSyncWorker, STARTED } from './sync-worker.js';

/**
 * Workers in plain JavaScript (a worker thread cannot load this package's TypeScript), speaking the protocol of
 * `serveSyncCalls`: answer on the port, then set the ANSWERED slot; STARTED once loaded.
 */
const echoWorker = `
import { workerData } from 'node:worker_threads';
const { port, signal } = workerData;
port.on('message', ({ id, request }) => {
  port.postMessage(request.fail ? { id, error: { message: 'cannot: ' + request.fail } } : { id, result: { echo: request.value } });
  Atomics.store(signal, ${ANSWERED}, 1);
  Atomics.notify(signal, ${ANSWERED});
});
Atomics.store(signal, ${STARTED}, 1);
`;

/** A worker whose modules cannot load: it never starts. */
const hungWorker = `import 'a-package-that-is-not-installed';\n`;

describe('createSyncWorker', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'specloom-sync-worker-'));
    await writeFile(path.join(folder, 'echo.mjs'), echoWorker);
    await writeFile(path.join(folder, 'hung.mjs'), hungWorker);
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('returns the worker’s answers synchronously, call after call', () => {
    const call = createSyncWorker<{ value: number }, { echo: number }>(pathToFileURL(path.join(folder, 'echo.mjs')));
    expect(call({ value: 1 })).toEqual({ echo: 1 });
    expect(call({ value: 2 })).toEqual({ echo: 2 });
  });

  it('throws the worker’s error with its message', () => {
    const call = createSyncWorker<{ fail: string }, unknown>(pathToFileURL(path.join(folder, 'echo.mjs')));
    expect(() => call({ fail: 'config' })).toThrow('cannot: config');
  });

  it('names a missing worker file at once instead of waiting for it', () => {
    const call = createSyncWorker(pathToFileURL(path.join(folder, 'missing.mjs')));
    expect(() => call({})).toThrow(/lint worker is missing .*missing\.mjs/);
  });

  it('gives up on a worker that never starts', () => {
    const call = createSyncWorker(pathToFileURL(path.join(folder, 'hung.mjs')), { startMs: 1500, callMs: 60_000 });
    expect(() => call({})).toThrow('did not start');
  });
});
