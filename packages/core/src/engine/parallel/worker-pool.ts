import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CachedPhase } from '../cache/lint-cache.js';
import type { WorkerFile, WorkerReply, WorkerSetup, WorkerTask } from './worker-protocol.js';
import { defined } from '../../defined.js';

/** Tasks in flight per worker: one being linted, one queued so the worker never waits on the main thread. */
const TASKS_PER_WORKER = 2;

/**
 * Each worker's heap. Without limits V8 lets every heap grow far past what it holds live (1,000 specs on 2
 * workers: 435 MB peak RSS). An old-generation limit alone shrinks the young generation with it, and parsing,
 * which allocates millions of short-lived nodes, then slows by a third; a 64 MB young generation makes it
 * faster than the default instead (measured on 1,000 generated specs, 2 cores: no limits 31 s / 435 MB, old
 * 128 MB alone 39 s / 286 MB, old 128 MB + young 64 MB 21-23 s / 370-387 MB). Specs of a few hundred KB fit
 * with room to spare; bigger files are linted on the main thread (`WORKER_MAX_TEXT_LENGTH`), and a worker that
 * still runs out of memory hands its files back to the main thread.
 */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 64 } as const;

export interface WorkerPool {
  /** The document phases of `files`, in order; rejects when the worker fails, so the caller can fall back. */
  lint(files: WorkerFile[]): Promise<CachedPhase[]>;
  close(): Promise<void>;
}

/**
 * The module that exports `runLintWorker`: the host entry (`dist/host.js`), beside the chunk this code is built
 * into. Run from the TypeScript sources (tests), a worker cannot load `.ts`, so the built entry stands in, if
 * there is one.
 */
export function workerEntryUrl(): string | undefined {
  const here = import.meta.url;
  const entry = here.endsWith('.ts') ? new URL('../../../dist/host.js', here) : new URL('./host.js', here);
  return existsSync(fileURLToPath(entry)) ? entry.href : undefined;
}

interface Pending {
  task: WorkerTask;
  resolve(phases: CachedPhase[]): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  inFlight: Map<number, Pending>;
  failed?: Error;
}

export function createWorkerPool(size: number, setup: WorkerSetup, entryUrl: string): WorkerPool {
  // An eval'd bootstrap: the bundle has no separate worker file, and `import()` accepts the bundle's URL.
  const bootstrap = `import(${JSON.stringify(entryUrl)}).then((core) => core.runLintWorker())`;
  const queue: Pending[] = [];
  let nextId = 0;

  function fail(poolWorker: PoolWorker, error: Error): void {
    poolWorker.failed ??= error;
    for (const pending of poolWorker.inFlight.values()) pending.reject(error);
    poolWorker.inFlight.clear();
    // Queued work must not wait for a worker that will never answer.
    if (workers.every((candidate) => candidate.failed)) for (const pending of queue.splice(0)) pending.reject(error);
    pump();
  }

  const workers: PoolWorker[] = Array.from({ length: size }, () => {
    const poolWorker: PoolWorker = { worker: new Worker(bootstrap, {
        eval: true,
        workerData: setup,
        resourceLimits: WORKER_RESOURCE_LIMITS,
      }), inFlight: new Map() };
    poolWorker.worker.on('message', (reply: WorkerReply) => {
      const pending = poolWorker.inFlight.get(reply.id);
      if (!pending) return;
      poolWorker.inFlight.delete(reply.id);
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(reply.phases);
      pump();
    });
    poolWorker.worker.on('error', (error) => fail(poolWorker, error));
    poolWorker.worker.on('exit', (code) => fail(poolWorker, new Error(`lint worker exited with code ${code}`)));
    return poolWorker;
  });

  function pump(): void {
    while (queue.length > 0) {
      const idle = workers
        .filter((candidate) => !candidate.failed && candidate.inFlight.size < TASKS_PER_WORKER)
        .sort((left, right) => left.inFlight.size - right.inFlight.size)[0];
      if (!idle) return;
      const pending = queue.shift()!;
      idle.inFlight.set(pending.task.id, pending);
      idle.worker.postMessage(pending.task);
    }
  }

  return {
    lint(files) {
      return new Promise((resolve, reject) => {
        if (workers.every((candidate) => candidate.failed)) {
          reject(defined(workers[0]?.failed, 'a pool of at least one worker'));
          return;
        }
        queue.push({ task: { id: nextId++, files }, resolve, reject });
        pump();
      });
    },
    async close() {
      await Promise.all(
        workers.map((poolWorker) => {
          poolWorker.failed ??= new Error('lint worker pool closed');
          return poolWorker.worker.terminate();
        }),
      );
    },
  };
}
