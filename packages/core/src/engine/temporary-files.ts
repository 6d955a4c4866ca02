import { unlinkSync } from 'node:fs';

/**
 * Where the temporary files this process has created and not yet renamed or removed are listed: a global, so
 * the CLI's signal handler finds them without loading the engine, and two copies of this module share one list.
 */
export const TEMPORARY_FILES_KEY = Symbol.for('specloom.temporaryFiles');

function pendingFiles(): Set<string> {
  const registry = globalThis as { [TEMPORARY_FILES_KEY]?: Set<string> };
  return (registry[TEMPORARY_FILES_KEY] ??= new Set());
}

/** Remember a temporary file until `releaseTemporaryFile`, so an interrupted run can remove it. */
export function trackTemporaryFile(temporaryPath: string): void {
  pendingFiles().add(temporaryPath);
}

export function releaseTemporaryFile(temporaryPath: string): void {
  pendingFiles().delete(temporaryPath);
}

/**
 * Remove every temporary file still pending, synchronously: for a SIGINT/SIGTERM handler, after which no
 * promise runs again. Returns how many were removed.
 */
export function removeTemporaryFilesSync(): number {
  const pending = pendingFiles();
  let removed = 0;
  for (const temporaryPath of pending) {
    try {
      unlinkSync(temporaryPath);
      removed++;
    } catch {
      // Already renamed into place or removed: nothing is left behind.
    }
  }
  pending.clear();
  return removed;
}
