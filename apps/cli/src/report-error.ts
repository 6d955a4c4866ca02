import type { CliRuntime } from './runtime.js';

export const EXIT_USAGE_ERROR = 2;

/**
 * By name rather than `instanceof`: a config file may load its own copy of @specloom/core, and this module
 * stays free of the engine so usage errors are reported without loading it.
 */
function isConfigError(error: unknown): error is Error {
  return error instanceof Error && (error.name === 'SpecloomConfigError' || error.name === 'WriteRefusedError');
}

function wantsStack(env: CliRuntime['env']): boolean {
  return (env.DEBUG ?? '').split(/[\s,]+/u).some((name) => name === 'specloom' || name === 'specloom*' || name === '*');
}

/** Config problems and refused writes (read-only, changed meanwhile) are the user's to fix: their message only. Anything else is our bug: say so, stack on demand. */
export function reportError(error: unknown, runtime: CliRuntime): number {
  if (isConfigError(error)) {
    runtime.stderr.write(`specloom: ${error.message}\n`);
    return EXIT_USAGE_ERROR;
  }
  const message = error instanceof Error ? error.message : String(error);
  runtime.stderr.write(`specloom: internal error: ${message}\n`);
  if (wantsStack(runtime.env) && error instanceof Error && error.stack) {
    runtime.stderr.write(`${error.stack}\n`);
  } else {
    runtime.stderr.write('Run again with DEBUG=specloom to see the stack trace.\n');
  }
  return EXIT_USAGE_ERROR;
}
