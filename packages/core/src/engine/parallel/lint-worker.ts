import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../config/load-config.js';
import type { SpecloomPlugin } from '../../types/index.js';
import { errorText } from '../create-message.js';
import { createEngineCore, type EngineCore } from '../engine-core.js';
import { lintDocuments } from '../lint-document.js';
import { toCachedPhase } from './to-cached-phase.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-protocol.js';
import { defined } from '../../defined.js';

async function loadCore(setup: WorkerSetup): Promise<EngineCore> {
  const modules = await Promise.all(setup.source.pluginModules.map((url) => import(url) as Promise<{ default: SpecloomPlugin }>));
  const config = await loadConfig({
    cwd: setup.source.cwd,
    configFile: setup.source.configFile,
    builtinPlugins: modules.map((module) => module.default),
  });
  return createEngineCore(config);
}

/** The body of a lint worker thread: the document phase of each file it is sent, in order. */
export function runLintWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runLintWorker runs in a worker thread, expected `parentPort`');
  const setup = workerData as WorkerSetup;
  const corePromise = loadCore(setup);
  // A failed config load is reported per task, so the main thread can fall back instead of hanging.
  corePromise.catch(() => undefined);
  const environment = { settings: {}, today: setup.today, fix: setup.fix, trackDependencies: setup.trackDependencies };
  // No forced collections here: a worker's heap is already capped by its resource limits (96 MB old generation),
  // and a full collection whenever its heap passed 64 MB (young generation included) ran after nearly every batch:
  // 1,000 generated specs on 2 threads took 23.8-30.8 s with it, 13.7-15.1 s without (peak RSS 348 -> 386 MB).

  port.on('message', (task: WorkerTask) => {
    corePromise.then(
      (core) => {
        environment.settings = core.config.settings ?? {};
        const phases = lintDocuments(core, task.files, environment).map((phase, index) =>
          toCachedPhase(phase, defined(task.files[index], 'a phase for every file').text),
        );
        port.postMessage({ id: task.id, phases } satisfies WorkerReply);
      },
      (error: unknown) => port.postMessage({ id: task.id, error: errorText(error) } satisfies WorkerReply),
    ).catch((error: unknown) => port.postMessage({ id: task.id, error: errorText(error) } satisfies WorkerReply));
  });
}
