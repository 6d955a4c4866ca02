import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Renderer, SpecDocument } from '@specloom/core';
import {
  coreRenderers,
  createConfigIgnoreFilter,
  createEngine,
  findFiles,
  resolveLimits,
  runWithinTime,
  selectRenderer,
  writeFileAtomic,
} from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import { describeFileFailure } from './describe-file-failure.js';
import { EXIT_USAGE_ERROR } from '../report-error.js';
import type { CliRuntime } from '../runtime.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { localDate } from './local-date.js';
import { usageError } from './usage-error.js';

export interface RenderCommandOptions {
  /** `html`, `json`, or a format a plugin's renderer adds. */
  to: string;
  out?: string;
  config?: string;
}

interface Rendered {
  source: string;
  output: string;
  extension: string;
}

/** Where a spec's rendering goes below `--out`: its path relative to the cwd (or its name when outside it). */
function outputPath(outDir: string, source: string, cwd: string, extension: string): string {
  const relative = path.relative(cwd, source);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const base = inside ? relative : path.basename(source);
  return path.join(outDir, base.replace(/\.(md|markdown)$/iu, '') + `.${extension}`);
}

/** Every format some loaded renderer offers, for the message when `--to` names none of them. */
function knownFormats(renderers: Renderer[]): string[] {
  return [...new Set([...coreRenderers, ...renderers].map((renderer) => renderer.format))].sort();
}

/** How several renderings go to stdout: JSON as one array, HTML not at all, text formats one after another. */
function outputKind(extension: string): 'json' | 'html' | 'text' {
  if (/(?:^|\.)json$/u.test(extension)) return 'json';
  if (/(?:^|\.)html?$/u.test(extension)) return 'html';
  return 'text';
}

/**
 * `specloom render <files|dirs> --to html|json|<plugin format> [--out DIR]`: each spec through its template plugin's renderer
 * (the core default when a plugin has none). Without `--out`: one spec to stdout (several as a JSON array;
 * several HTML pages need `--out`). Files without a template are skipped with a note.
 */
export async function runRenderCommand(patterns: string[], options: RenderCommandOptions, runtime: CliRuntime): Promise<number> {
  const config = await loadResolvedConfig(options.config, runtime);
  const formats = knownFormats(config.renderers);
  if (!formats.includes(options.to)) {
    return usageError(runtime, `Unexpected format "${options.to}" for --to, expected one of ${formats.join(', ')}`);
  }
  const found = await findFiles(patterns, { cwd: runtime.cwd });
  for (const pattern of found.missing) runtime.stderr.write(`specloom: No files matching "${pattern}" were found.\n`);
  if (found.missing.length > 0) return EXIT_USAGE_ERROR;
  const isIgnored = createConfigIgnoreFilter(config);
  const files = found.files.filter((file) => !isIgnored(file));

  const engine = createEngine(config);
  const limits = resolveLimits(config);
  const today = localDate();
  const rendered: Rendered[] = [];
  let failed = false;
  let unsupported = 0;
  for (const file of files) {
    const shown = displayPath(file, runtime.cwd);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      runtime.stderr.write(`specloom: Cannot read \`${shown}\`\n`);
      failed = true;
      continue;
    }
    let parsed: SpecDocument;
    try {
      parsed = engine.parse({ text, filePath: file });
    } catch (error) {
      const reason = describeFileFailure(error);
      if (reason === undefined) throw error;
      runtime.stderr.write(`specloom: \`${shown}\`: ${reason}; not rendered\n`);
      failed = true;
      continue;
    }
    // Paths in the output are relative, so rendered files do not leak the machine's folders.
    const document = { ...parsed, path: shown };
    if (document.template === undefined) {
      runtime.stderr.write(`\u2139 ${shown}: No template matches this file; skipped\n`);
      continue;
    }
    const template = config.templates.find((candidate) => candidate.id === document.template);
    const renderer = selectRenderer(config.renderers, document.template, options.to);
    if (renderer === undefined) {
      // A plugin's own format (a traceability matrix) fits some templates only: the others are skipped.
      runtime.stderr.write(`\u2139 ${shown}: No ${options.to} renderer for template "${document.template}"; skipped\n`);
      unsupported += 1;
      continue;
    }
    try {
      // A renderer is held to the same time budget as linting: one file must not stall the whole run.
      const output = runWithinTime(() => renderer.render(document, { today, template, settings: config.settings }), limits.maxFileTimeMs);
      rendered.push({ source: file, output, extension: renderer.extension ?? renderer.format });
    } catch (error) {
      const reason = describeFileFailure(error) ?? (error instanceof Error ? error.message : String(error));
      runtime.stderr.write(`specloom: The ${options.to} renderer failed on \`${shown}\`: ${reason}\n`);
      failed = true;
    }
  }

  if (options.out !== undefined) {
    const outDir = path.resolve(runtime.cwd, options.out);
    for (const item of rendered) {
      const target = outputPath(outDir, item.source, runtime.cwd, item.extension);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, item.output);
      runtime.stdout.write(`${displayPath(target, runtime.cwd)}\n`);
    }
  } else if (rendered.length === 1) {
    runtime.stdout.write(rendered[0]!.output);
  } else if (rendered.length > 1) {
    const kind = outputKind(rendered[0]!.extension);
    if (kind === 'html') return usageError(runtime, `Unexpected ${rendered.length} HTML pages for stdout, expected --out DIR`);
    if (kind === 'text') {
      runtime.stdout.write(rendered.map((item) => item.output.replace(/\n*$/u, '\n')).join('\n'));
      return failed ? 1 : 0;
    }
    let documents: unknown[];
    try {
      documents = rendered.map((item) => JSON.parse(item.output) as unknown);
    } catch {
      return usageError(runtime, `Unexpected ${rendered.length} JSON renderings that do not combine into one array, expected --out DIR`);
    }
    runtime.stdout.write(`${JSON.stringify(documents, null, 2)}\n`);
  }
  if (rendered.length === 0 && unsupported > 0) failed = true;
  return failed ? 1 : 0;
}
