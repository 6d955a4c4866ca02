export {
  lintFilesConcurrently,
  PARALLEL_THRESHOLD,
  type ConcurrentLintOptions,
  type ConcurrentLintOutcome,
} from './lint-files-concurrently.js';
export { runLintWorker } from './lint-worker.js';
export type { WorkerConfigSource } from './worker-protocol.js';
