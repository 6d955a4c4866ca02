import type { ResolvedConfig } from '@specloom/core';
import { createFileLinter } from './file-linter.js';
import type { FileFindings, LintBackend, LintRequest } from './lint-request.js';
import { createSyncWorker } from './sync-worker.js';

/** Built next to this file (`dist/lint-worker.js`); from the sources (unit tests), the built one. */
function workerEntry(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? '../dist/lint-worker.js' : './lint-worker.js', import.meta.url);
}

/**
 * Each file's config found on disk, as in the other hosts: loading it means importing `specloom.config.*` and
 * its plugins, which is asynchronous, so the lint runs in a worker thread that ESLint's synchronous rules wait
 * for. One worker per ESLint process (per ESLint thread with `--concurrency`).
 */
export function createWorkerBackend(): LintBackend {
  let call: ((request: LintRequest) => FileFindings) | undefined;
  return {
    lint(request) {
      call ??= createSyncWorker<LintRequest, FileFindings>(workerEntry());
      return call(request);
    },
  };
}

/** A config resolved beforehand (given in the ESLint config): the lint runs here, in ESLint's thread. */
export function createInProcessBackend(config: ResolvedConfig, key: string): LintBackend {
  const fileLinter = createFileLinter();
  return {
    lint(request) {
      return fileLinter.lint(request, { key, config });
    },
  };
}
