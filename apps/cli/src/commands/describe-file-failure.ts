import { SpecParseError } from '@specloom/core';
import { TimeBudgetError } from '@specloom/core/host';

/**
 * Why a file could not be parsed within the config's limits, in words for one stderr line (the caller says what it did instead); undefined for any
 * other error (a bug, reported as such).
 */
export function describeFileFailure(error: unknown): string | undefined {
  if (error instanceof SpecParseError) return error.message;
  if (error instanceof TimeBudgetError) {
    return `Unexpected time over ${error.milliseconds} ms, expected at most limits.maxFileTimeMs = ${error.milliseconds} ms per file`;
  }
  return undefined;
}
