import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SpecDocument } from '@specloom/core';
import {
  createConfigIgnoreFilter,
  createEngine,
  findFiles,
  groupIndex,
  indexEntry,
  renderIndexHtml,
  renderIndexJson,
  renderIndexMarkdown,
  writeFileAtomic,
  type IndexEntry,
} from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import { describeFileFailure } from './describe-file-failure.js';
import { EXIT_USAGE_ERROR } from '../report-error.js';
import type { CliRuntime } from '../runtime.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { usageError } from './usage-error.js';

export type IndexFormat = 'md' | 'html' | 'json';

export interface IndexCommandOptions {
  /** Undefined: taken from `--out`'s extension, else Markdown. */
  to?: IndexFormat;
  out?: string;
  check: boolean;
  config?: string;
}

/** Exit code of `--check` when the committed index differs from a fresh one. */
export const EXIT_OUT_OF_DATE = 1;

function formatFromExtension(filePath: string | undefined): IndexFormat | undefined {
  const extension = filePath === undefined ? '' : path.extname(filePath).toLowerCase();
  if (extension === '.md' || extension === '.markdown') return 'md';
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.json') return 'json';
  return undefined;
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/**
 * `specloom index [dirs] --to md|html|json [--out FILE] [--check]`: a catalog of every spec, grouped by template
 * and status, sorted by ID. `--check` compares with the committed `--out` file and exits 1 when it is stale.
 */
export async function runIndexCommand(directories: string[], options: IndexCommandOptions, runtime: CliRuntime): Promise<number> {
  if (options.check && options.out === undefined) {
    return usageError(runtime, 'Missing --out, expected the committed index file for --check to compare with');
  }
  const format = options.to ?? formatFromExtension(options.out) ?? 'md';
  const outPath = options.out === undefined ? undefined : path.resolve(runtime.cwd, options.out);

  const config = await loadResolvedConfig(options.config, runtime);
  const found = await findFiles(directories.length === 0 ? ['.'] : directories, { cwd: runtime.cwd });
  for (const pattern of found.missing) runtime.stderr.write(`specloom: No files matching "${pattern}" were found.\n`);
  if (found.missing.length > 0) return EXIT_USAGE_ERROR;
  const isIgnored = createConfigIgnoreFilter(config);
  const files = found.files.filter((file) => file !== outPath && !isIgnored(file));

  const engine = createEngine(config);
  // Links in the index are relative to where the index is written, so they work when it is committed.
  const linkBase = outPath === undefined ? runtime.cwd : path.dirname(outPath);
  const entries: IndexEntry[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      runtime.stderr.write(`specloom: Cannot read \`${displayPath(file, runtime.cwd)}\`; left out of the index\n`);
      continue;
    }
    let document: SpecDocument;
    try {
      document = engine.parse({ text, filePath: file });
    } catch (error) {
      const reason = describeFileFailure(error);
      if (reason === undefined) throw error;
      // Left out, and said so: an index that silently lacks a spec would pass `--check`.
      runtime.stderr.write(`specloom: \`${displayPath(file, runtime.cwd)}\`: ${reason}; left out of the index\n`);
      failed = true;
      continue;
    }
    if (document.template === undefined) continue;
    const template = config.templates.find((candidate) => candidate.id === document.template);
    entries.push(indexEntry(document, toPosix(path.relative(linkBase, file)), template));
  }

  const groups = groupIndex(entries, config.templates);
  const output = format === 'html' ? renderIndexHtml(groups) : format === 'json' ? renderIndexJson(groups) : renderIndexMarkdown(groups);

  if (outPath === undefined) {
    runtime.stdout.write(output);
    return failed ? 1 : 0;
  }
  const shown = displayPath(outPath, runtime.cwd);
  if (options.check) {
    const committed = await readFile(outPath, 'utf8').catch(() => undefined);
    // Line endings are git's business (autocrlf): compare the text, not the bytes.
    if (committed !== undefined && committed.replace(/\r\n/gu, '\n') === output) return 0;
    runtime.stderr.write(
      `specloom: \`${shown}\` is ${committed === undefined ? 'missing' : 'out of date'}, expected the current index of ${entries.length} spec${entries.length === 1 ? '' : 's'}; run \`specloom index\` without --check to update it\n`,
    );
    return EXIT_OUT_OF_DATE;
  }
  await writeFileAtomic(outPath, output);
  runtime.stdout.write(`${shown}\n`);
  return failed ? 1 : 0;
}
