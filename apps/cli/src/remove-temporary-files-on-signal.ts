import { unlinkSync } from 'node:fs';

/** The engine lists its pending temporary files here (see core's `temporary-files.ts`). */
const TEMPORARY_FILES_KEY = Symbol.for('specloom.temporaryFiles');

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ctrl-C during `--fix` or `status` must not leave `.name.md.1a2b3c.tmp` files next to the specs. The handler
 * removes them synchronously (the engine is not imported: `--help` stays fast), then re-raises the signal so
 * the process ends as it would have without a handler (exit status 128 + signal).
 */
export function removeTemporaryFilesOnSignal(): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      const pending = (globalThis as { [TEMPORARY_FILES_KEY]?: Set<string> })[TEMPORARY_FILES_KEY];
      for (const temporaryPath of pending ?? []) {
        try {
          unlinkSync(temporaryPath);
        } catch {
          // Renamed into place already, or removed.
        }
      }
      pending?.clear();
      for (const other of SIGNALS) process.removeAllListeners(other);
      process.kill(process.pid, signal);
    });
  }
}
