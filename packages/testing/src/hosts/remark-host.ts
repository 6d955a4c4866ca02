import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fix } from '@specloom/core';
import { applyFixes } from '@specloom/core/host';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { caseConfig } from './case-config.js';
import type { HostMessage, HostResult, HostSetup, RuleTesterHost } from './host.js';

/** A vfile message as remark-lint rules leave it; a quick fix replaces the message's range with `expected[0]`. */
interface LintVFileMessage {
  reason: string;
  ruleId?: string | null;
  fatal?: boolean | null;
  line?: number | null;
  column?: number | null;
  place?: { start?: { line: number; column: number }; end?: { line: number; column: number } } | { line: number; column: number } | null;
  expected?: string[] | null;
  note?: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a remark preset's options are its own
type RemarkLintPlugin = Plugin<[any?, any?], Root>;

export interface RemarkHostOptions {
  /** Shown in test names. */
  name?: string;
  /**
   * The remark plugin that runs specloom (`remark-preset-lint-specloom`'s default export). Default: imported
   * from `remark-preset-lint-specloom`, which must be installed beside `@specloom/testing`.
   */
  loadPreset?(): Promise<RemarkLintPlugin>;
}

/** Config objects the generated config files hand back, by case folder. */
const REGISTRY = Symbol.for('@specloom/testing/configs');
type Registry = Map<string, unknown>;
const registry: Registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] as Registry | undefined) ?? new Map<string, unknown>();
(globalThis as Record<symbol, unknown>)[REGISTRY] = registry;

/**
 * The preset reads `specloom.config.*` from disk, as it does for users: so the case's folder gets one that hands
 * back the case's config (see `caseConfig`), plugin objects and all.
 */
async function writeCaseConfig(setup: HostSetup): Promise<void> {
  registry.set(setup.rootDir, caseConfig(setup));
  const configFile = path.join(setup.rootDir, 'specloom.config.mjs');
  await writeFile(configFile, `export default globalThis[Symbol.for('@specloom/testing/configs')].get(${JSON.stringify(setup.rootDir)});\n`);
}

function pointOf(message: LintVFileMessage, end: boolean): { line: number; column: number } {
  const place = message.place;
  if (place && 'start' in place && place.start) return end && place.end ? place.end : place.start;
  if (place && 'line' in place) return place;
  return { line: message.line ?? 1, column: message.column ?? 1 };
}

function toHostMessage(message: LintVFileMessage, text: string): HostMessage {
  const start = pointOf(message, false);
  const end = pointOf(message, true);
  let fix: Fix | undefined;
  // The preset marks suggestions (offered, never applied) with a note: only a bare `expected` is a fix.
  if (message.expected?.length === 1 && !message.note?.startsWith('Suggestion, not applied by --fix:')) {
    const toOffset = location(text).toOffset;
    const from = toOffset(start);
    const to = toOffset(end);
    if (from !== undefined && to !== undefined) fix = { range: [from, to], text: message.expected[0]! };
  }
  return {
    ruleId: message.ruleId ?? null,
    severity: message.fatal ? 2 : 1,
    message: message.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...(fix ? { fix } : {}),
  };
}

/** What unified-engine passes as the file set: the preset runs its workspace phase from a completer on it. */
function createFileSet() {
  const completers: Array<(fileSet: unknown) => Promise<void> | void> = [];
  return {
    fileSet: { use: (completer: (fileSet: unknown) => Promise<void> | void) => completers.push(completer) },
    complete: async () => {
      for (const completer of completers) await completer(undefined);
    },
  };
}

async function lintOnce(preset: RemarkLintPlugin, paths: string[], texts: string[], today: string): Promise<HostResult[]> {
  const { fileSet, complete } = createFileSet();
  const processor = unified().use(remarkParse).use(preset, { today }, fileSet);
  const files = paths.map((filePath, index) => new VFile({ path: filePath, value: texts[index], cwd: path.dirname(filePath) }));
  for (const file of files) await processor.run(processor.parse(file), file);
  await complete();
  return files.map((file, index) => ({
    filePath: file.path,
    messages: (file.messages as unknown as LintVFileMessage[])
      .map((message) => toHostMessage(message, texts[index]!.replace(/^\uFEFF/, '')))
      .sort((left, right) => left.line - right.line || left.column - right.column),
  }));
}

/** At most this many fix passes, as in ESLint: fixes that keep producing fixes must not loop forever. */
const MAX_FIX_PASSES = 10;

async function importPreset(): Promise<RemarkLintPlugin> {
  // A variable specifier: the preset is an optional peer, never bundled into this package.
  const name = 'remark-preset-lint-specloom';
  try {
    return ((await import(name)) as { default: RemarkLintPlugin }).default;
  } catch (error) {
    throw new Error(`Cannot load ${name} for the remark host: ${(error as Error).message}; expected it installed beside @specloom/testing`, { cause: error });
  }
}

/**
 * A remark host: unified + remark-parse + the specloom remark preset, as remark-cli runs it, with the files of a
 * case as one file set. Fixes come back as the preset's quick fixes (a message's range replaced by
 * `expected`); like an editor, they are applied and the files linted again until nothing changes.
 */
export function createRemarkHost(options: RemarkHostOptions = {}): RuleTesterHost {
  let preset: Promise<RemarkLintPlugin> | undefined;
  return {
    name: options.name ?? 'remark',
    async lint(inputs, setup) {
      preset ??= (options.loadPreset ?? importPreset)();
      const plugin = await preset;
      await writeCaseConfig(setup);
      try {
        const paths = inputs.map((input) => input.filePath);
        const original = inputs.map((input) => input.text);
        let texts = original;
        let results = await lintOnce(plugin, paths, texts, setup.today);
        for (let pass = 0; setup.fix && pass < MAX_FIX_PASSES; pass++) {
          const fixed = texts.map((text, index) =>
            applyFixes(text.replace(/^\uFEFF/, ''), results[index]!.messages.flatMap((message) => (message.fix ? [message.fix] : []))).output,
          );
          if (fixed.every((text, index) => text === texts[index])) break;
          texts = fixed;
          results = await lintOnce(plugin, paths, texts, setup.today);
        }
        return results.map((result, index) => (texts[index] !== original[index] ? { ...result, output: texts[index] } : result));
      } finally {
        registry.delete(setup.rootDir);
      }
    },
  };
}

export const remarkHost: RuleTesterHost = createRemarkHost();
