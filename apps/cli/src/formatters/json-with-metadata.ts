import type { LintResult } from '@specloom/core';
import { toJsonResults } from './json.js';
import type { ReportContext } from './report-context.js';
import { rulesMetaForResults } from './rules-meta.js';

/** ESLint's `json-with-metadata`: `{ results, metadata: { cwd, rulesMeta, maxWarningsExceeded? } }`. */
export function formatJsonWithMetadata(results: LintResult[], context: ReportContext): string {
  const metadata: Record<string, unknown> = {
    cwd: context.cwd,
    rulesMeta: rulesMetaForResults(results, context.config),
  };
  if (context.maxWarningsExceeded) metadata.maxWarningsExceeded = context.maxWarningsExceeded;
  return JSON.stringify({ results: toJsonResults(results, { cwd: context.cwd }), metadata });
}
