import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { FileConfigRequest, SettledFileConfig } from './load-file-config.js';
import type { LintSession } from './lint-session.js';

/** Where a file's config is looked up, and its absolute path (absent for text piped in without `--file-path`). */
export function configRequestFor(file: VFile, overrides: Record<string, unknown>): { request: FileConfigRequest; filePath?: string } {
  const filePath = file.path ? path.resolve(file.cwd, file.path) : undefined;
  return { request: { directory: filePath ? path.dirname(filePath) : file.cwd, cwd: file.cwd, overrides }, filePath };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Lint one file with its loaded config (or report why its config could not be loaded), judged on `today`. */
export function lintFile(
  session: LintSession,
  tree: Root,
  file: VFile,
  filePath: string | undefined,
  settled: SettledFileConfig,
  today?: string,
): void {
  if ('error' in settled) {
    session.problem(file, errorText(settled.error));
    return;
  }
  const { fileConfig } = settled;
  if (filePath && fileConfig.isIgnored(filePath)) return;
  session.lint({ file, tree, text: String(file).replace(/^\uFEFF/, ''), filePath, fileConfig, today });
}
