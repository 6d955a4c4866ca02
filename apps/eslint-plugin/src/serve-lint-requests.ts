import { workerData } from 'node:worker_threads';
import { createFileLinter } from './file-linter.js';
import type { FileFindings, LintRequest } from './lint-request.js';
import { createConfigLoader } from './load-file-config.js';
import { serveSyncCalls, type SyncWorkerData } from './sync-worker.js';

/** The lint worker's work: load each file's `specloom.config.*` (async) and lint there. */
const loadFileConfig = createConfigLoader();
const fileLinter = createFileLinter();

serveSyncCalls<LintRequest, FileFindings>(workerData as SyncWorkerData, async (request) =>
  fileLinter.lint(request, await loadFileConfig(request.filePath, request.cwd)),
);
