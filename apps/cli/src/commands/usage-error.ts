import { EXIT_USAGE_ERROR } from '../report-error.js';
import type { CliRuntime } from '../runtime.js';

/** Bad arguments: one line on stderr, exit 2, as for commander's own usage errors. */
export function usageError(runtime: CliRuntime, message: string): number {
  runtime.stderr.write(`specloom: ${message}\n`);
  return EXIT_USAGE_ERROR;
}
