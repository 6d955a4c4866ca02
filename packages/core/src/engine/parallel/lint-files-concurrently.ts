import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { LintMessage, LintOptions, LintResult, ResolvedConfig } from '../../types/index.js';
import { hashCacheKey, hashContent } from '../cache/hash-config.js';
import { openLintCache, type CachedPhase, type LintCache } from '../cache/lint-cache.js';
import { readFailure, writeFixedFiles } from '../create-engine.js';
import { createLintRun, isBlankText } from '../create-lint-run.js';
import { createFileProblem, errorText } from '../create-message.js';
import { decodeSpecFile } from '../decode-spec-file.js';
import { createEngineCore } from '../engine-core.js';
import { lintDocument } from '../lint-document.js';
import { localDate } from '../local-date.js';
import { fromCachedPhase, toCachedPhase } from './to-cached-phase.js';
import { createWorkerPool, workerEntryUrl } from './worker-pool.js';
import type { WorkerConfigSource, WorkerFile } from './worker-protocol.js';

/** Below this many files to lint, starting workers (~100 ms each, loading plugins) costs more than it saves. */
export const PARALLEL_THRESHOLD = 64;

export interface ConcurrentLintOptions extends LintOptions {
  /** Threads that lint documents; default `os.availableParallelism()`. 1 lints on the calling thread. */
  concurrency?: number;
  /** How workers load the same config; without it (plugin objects given inline) the run uses one thread. */
  workerConfig?: WorkerConfigSource;
  /** Reuse per-file results of earlier runs; ignored with `fix`, whose output must come from a real run. */
  cache?: { location: string; version: string };
  /** Called as files finish the document phase. */
  onProgress?(done: number, total: number): void;
}

export interface ConcurrentLintOutcome {
  results: LintResult[];
  /** Things the user should know that are no finding in a file (corrupt cache, no workers). */
  notes: string[];
  /** Threads that linted documents (1 when the run stayed on the calling thread). */
  threads: number;
  /** Files whose document phase came from the cache. */
  cacheHits: number;
}

type Slot =
  | { kind: 'problem'; filePath: string; problem: LintMessage }
  | { kind: 'text'; filePath: string; text: string; contentHash?: string; phase?: CachedPhase };

async function readSlot(filePath: string, cache: LintCache | undefined): Promise<Slot> {
  let buffer: Buffer;
  try {
    buffer = await readFile(filePath);
  } catch (error) {
    return { kind: 'problem', filePath, problem: createFileProblem(readFailure(error)) };
  }
  const decoded = decodeSpecFile(buffer);
  if ('problem' in decoded) return { kind: 'problem', filePath, problem: decoded.problem };
  if (!cache) return { kind: 'text', filePath, text: decoded.text };
  const contentHash = hashContent(buffer);
  return { kind: 'text', filePath, text: decoded.text, contentHash, phase: cache.get(filePath, contentHash) };
}

/** About 4 tasks per thread keeps every thread busy to the end without a message per file. */
function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(64, Math.ceil(files / (threads * 4))));
}

/**
 * Lint files as `Engine.lintFiles` does, with the document phase spread over worker threads and/or taken from
 * a cache. Results are the same as a single-threaded run, in the same order: workers return each file's
 * messages and workspace facts, and the workspace phase runs here over all of them.
 */
export async function lintFilesConcurrently(
  config: ResolvedConfig,
  paths: string[],
  options: ConcurrentLintOptions = {},
): Promise<ConcurrentLintOutcome> {
  const today = options.today ?? localDate();
  const fix = options.fix === true;
  const notes: string[] = [];
  const core = createEngineCore(config);
  const run = createLintRun(core, { fix, today });
  const environment = { settings: config.settings ?? {}, today, fix };

  let cache: LintCache | undefined;
  if (options.cache && !fix) {
    cache = await openLintCache(options.cache.location, hashCacheKey({ config, version: options.cache.version, today }));
    if (cache.note) notes.push(cache.note);
  }

  const slots: Slot[] = [];
  for (const filePath of paths) slots.push(await readSlot(filePath, cache));
  const pending = slots.filter((slot): slot is Extract<Slot, { kind: 'text' }> => slot.kind === 'text' && !slot.phase && !isBlankText(slot.text));

  const total = slots.length;
  let done = total - pending.length;
  options.onProgress?.(done, total);

  let threads = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  if (pending.length < PARALLEL_THRESHOLD) threads = 1;
  const entryUrl = threads > 1 ? workerEntryUrl() : undefined;
  if (threads > 1 && (!options.workerConfig || !entryUrl)) {
    notes.push(
      options.workerConfig
        ? 'Linting on one thread: the built worker bundle was not found.'
        : 'Linting on one thread: plugins given as objects cannot be loaded by worker threads.',
    );
    threads = 1;
  }

  function lintHere(slot: WorkerFile): CachedPhase {
    return toCachedPhase(lintDocument(core, slot, environment), slot.text);
  }

  if (threads === 1 || !options.workerConfig || !entryUrl) {
    for (const slot of pending) {
      slot.phase = lintHere(slot);
      options.onProgress?.(++done, total);
    }
  } else {
    const pool = createWorkerPool(threads, { source: options.workerConfig, today, fix }, entryUrl);
    let fellBack = false;
    const size = batchSize(pending.length, threads);
    const batches: Array<Promise<void>> = [];
    for (let start = 0; start < pending.length; start += size) {
      const batch = pending.slice(start, start + size);
      const files = batch.map(({ filePath, text }) => ({ filePath, text }));
      batches.push(
        pool.lint(files).then(
          (phases) => {
            batch.forEach((slot, index) => (slot.phase = phases[index]));
            done += batch.length;
            options.onProgress?.(done, total);
          },
          (error: unknown) => {
            // A worker that cannot start or answer must not lose files: lint them here instead.
            if (!fellBack) notes.push(`Linting on one thread: a lint worker failed (${errorText(error)}).`);
            fellBack = true;
            for (const slot of batch) {
              slot.phase = lintHere(slot);
              options.onProgress?.(++done, total);
            }
          },
        ),
      );
    }
    try {
      await Promise.all(batches);
    } finally {
      await pool.close();
    }
  }

  if (cache) {
    for (const slot of pending) if (slot.phase && slot.contentHash) cache.set(slot.filePath, slot.contentHash, slot.phase);
  }
  for (const slot of slots) {
    if (slot.kind === 'problem') {
      run.addProblem(slot.filePath, slot.problem);
      continue;
    }
    const input = { text: slot.text, filePath: slot.filePath };
    run.addText(input, slot.phase ? fromCachedPhase(slot.phase, slot.text) : undefined);
    // The run keeps what it needs; the slot's copy of the text can go.
    slot.text = '';
  }
  const results = run.finish();
  if (fix) await writeFixedFiles(results);
  if (cache) {
    try {
      await cache.save();
    } catch (error) {
      notes.push(`Cannot write the cache file: ${errorText(error)}`);
    }
  }
  return { results, notes, threads, cacheHits: cache?.hits ?? 0 };
}
