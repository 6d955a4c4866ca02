import { workerData } from 'node:worker_threads';
import { failSyncWorker, type SyncWorkerData } from './sync-worker.js';

/**
 * The worker behind `configs.recommended`. Its modules (specloom's core and plugins) are loaded here rather than
 * imported above, so when they cannot load (a broken install, a build under way) ESLint hears why at once
 * instead of waiting for a worker that never answers. A computed URL: the bundler leaves it a separate file.
 */
const modules = new URL('./serve-lint-requests.js', import.meta.url).href;
import(modules).catch((error: unknown) => failSyncWorker(workerData as SyncWorkerData, error));
