import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { LintFilesOptions, LintFilesOutcome, LintMessage, LintResult } from '../types/index.js';
import { hashCacheKey, hashContent } from './cache/hash-config.js';
import { openLintCache, type CachedPhase, type LintCache } from './cache/lint-cache.js';
import { createLintRun, isBlankText } from './create-lint-run.js';
import { createHeapBound } from './bound-heap.js';
import { createFileProblem, errorText } from './create-message.js';
import { decodeSpecFile, rereadSpecText } from './decode-spec-file.js';
import type { EngineCore } from './engine-core.js';
import { lintDocuments } from './lint-document.js';
import { localDate } from './local-date.js';
import { readFailure } from './read-failure.js';
import { writeFixedFile } from './write-fixed-file.js';
import { fromCachedPhase, toCachedPhase } from './parallel/to-cached-phase.js';
import { createWorkerPool, workerEntryUrl, type WorkerPool } from './parallel/worker-pool.js';
import { defined } from '../defined.js';

/** Below this many files to lint, starting workers (~100 ms each, loading plugins) costs more than it saves. */
export const PARALLEL_THRESHOLD = 64;

interface TextSlot {
  kind: 'text';
  filePath: string;
  text: string;
  contentHash?: string;
  phase?: CachedPhase;
  /** The phase came from the cache (so it is not stored again). */
  cached?: boolean;
  /** With `fix`: the bytes on disk as last read or written, which a write expects to find there. */
  bytes?: Buffer;
  /** With `fix`: the text this run wrote to the file, once it did. */
  written?: string;
  /** With `fix`: why the file was not written; it is then never written in this run. */
  writeProblem?: LintMessage;
}

type Slot = { kind: 'problem'; filePath: string; problem: LintMessage } | TextSlot;

async function readSlot(filePath: string, cache: LintCache | undefined, fix: boolean, hash: boolean): Promise<Slot> {
  let buffer: Buffer;
  try {
    buffer = await readFile(filePath);
  } catch (error) {
    return { kind: 'problem', filePath, problem: createFileProblem(readFailure(error)) };
  }
  const decoded = decodeSpecFile(buffer);
  if ('problem' in decoded) return { kind: 'problem', filePath, problem: decoded.problem };
  if (fix) return { kind: 'text', filePath, text: decoded.text, bytes: buffer };
  if (!cache && !hash) return { kind: 'text', filePath, text: decoded.text };
  const contentHash = hashContent(buffer);
  const phase = cache?.get(filePath, contentHash);
  return { kind: 'text', filePath, text: decoded.text, contentHash, phase, cached: phase !== undefined };
}

/** Write `output` over the slot's file when the file still holds the bytes last read or written. */
async function persist(slot: TextSlot, output: string): Promise<void> {
  if (slot.writeProblem || !slot.bytes) return;
  const problem = await writeFixedFile(slot.filePath, output, slot.bytes);
  if (problem) {
    slot.writeProblem = problem;
    return;
  }
  slot.bytes = Buffer.from(output, 'utf8');
  slot.written = output;
}

/** Write what the workspace phase changed further, and put every refused write on its file's result. */
async function finishWrites(results: LintResult[], slots: Slot[]): Promise<void> {
  for (const [index, result] of results.entries()) {
    const slot = defined(slots[index], 'a slot for every result');
    if (slot.kind !== 'text') continue;
    if (result.output !== undefined && result.output !== slot.written) await persist(slot, result.output);
    if (slot.writeProblem) {
      result.messages.unshift(slot.writeProblem);
      result.errorCount++;
      delete result.output;
    }
    slot.text = '';
    slot.bytes = undefined;
  }
}

/** Files per worker task: small enough to balance the threads, large enough to keep messages few. */
const BATCH_SIZE = 16;

/**
 * Longer texts are linted on the main thread, which has no heap limit: a 1 MB spec's syntax tree alone outgrows
 * a worker's heap limit (`WORKER_RESOURCE_LIMITS`) (real specs are rarely over 200 KB).
 */
export const WORKER_MAX_TEXT_LENGTH = 256 * 1024;

/** The main thread's heap bound (see `createHeapBound`): its live data at 10,000 specs is well under it. */
export const MAIN_HEAP_BOUND_BYTES = 160 * 1024 * 1024;

/** Tasks read ahead of the workers: enough to keep them busy, few enough that texts never pile up in memory. */
const TASKS_AHEAD_PER_THREAD = 3;

/**
 * `Engine.lintFiles`: read, lint (document and workspace phase) and optionally fix files, with the document phase
 * spread over worker threads and/or taken from a cache. Results are the same as a single-threaded run, in the
 * same order: workers return each file's messages and workspace facts, and the workspace phase runs here over
 * all of them. Workers start only once `PARALLEL_THRESHOLD` files need linting (after the cache), so small and
 * warm runs never pay for them.
 */
export async function lintFiles(core: EngineCore, paths: string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const { config } = core;
  const today = options.today ?? localDate();
  const fix = options.fix === true;
  if (fix && options.deferWorkspace) throw new TypeError('Unexpected `fix` with `deferWorkspace`, expected one of them: workspace fixes need every file');
  const notes: string[] = [];
  const run = createLintRun(core, { fix, today });

  let cache: LintCache | undefined;
  if (options.cache && !fix) {
    cache = await openLintCache(options.cache.location, hashCacheKey({ config, version: options.cache.version, today }), config.rootDir);
    if (cache.note) notes.push(cache.note);
  }
  // A cached result must say which outside files it depends on, so a later run can tell it went stale.
  const trackDependencies = cache !== undefined;
  const environment = { settings: config.settings ?? {}, today, fix, trackDependencies };

  let threads = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  const entryUrl = threads > 1 ? workerEntryUrl() : undefined;


  const total = paths.length;
  let done = 0;
  const progress = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);

  // Files are read one by one and their texts dropped once linted: memory holds the files in flight, not the run.
  const slots: Slot[] = [];
  /** Files waiting to be linted until there are enough to start workers (`PARALLEL_THRESHOLD`). */
  let waiting: TextSlot[] = [];
  let pool: WorkerPool | undefined;
  let fellBack = false;
  const inFlight = new Set<Promise<void>>();
  const heapBound = createHeapBound(MAIN_HEAP_BOUND_BYTES);

  /** Writes in flight: with `fix`, each file is written as soon as its document phase is done. */
  const writes = new Set<Promise<void>>();

  /** Write a file the moment its fixes are known, so the window in which an edit of the user's could meet ours is one file's, not the run's. */
  function writeWhenFixed(slot: TextSlot): void {
    if (!fix || options.dryRun || !slot.phase || slot.phase.text === undefined) return;
    const output = slot.text.startsWith('\uFEFF') ? `\uFEFF${slot.phase.text}` : slot.phase.text;
    if (output === slot.text) return;
    const write = persist(slot, output);
    writes.add(write);
    void write.finally(() => writes.delete(write));
  }

  function dropText(slot: TextSlot): void {
    if (!fix) slot.text = '';
    else writeWhenFixed(slot);
  }

  function lintBatchHere(batch: TextSlot[]): void {
    const phases = lintDocuments(core, batch, environment);
    batch.forEach((slot, index) => {
      slot.phase = toCachedPhase(defined(phases[index], 'a phase for every file of the batch'), slot.text);
      dropText(slot);
    });
    progress(batch.length);
    heapBound.check();
  }

  function dispatch(batch: TextSlot[]): void {
    const files = batch.map(({ filePath, text }) => ({ filePath, text }));
    const task = pool!.lint(files).then(
      (phases) => {
        batch.forEach((slot, index) => {
          slot.phase = phases[index];
          dropText(slot);
        });
        progress(batch.length);
        heapBound.check();
      },
      (error: unknown) => {
        // A worker that cannot start or answer must not lose files: lint them here instead.
        if (!fellBack) notes.push(`A lint worker stopped (${errorText(error)}); its files were linted on the main thread.`);
        fellBack = true;
        lintBatchHere(batch);
      },
    );
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  }

  async function flushWaiting(): Promise<void> {
    if (!pool && threads > 1 && waiting.length >= PARALLEL_THRESHOLD) {
      if (options.workerConfig && entryUrl) {
        pool = createWorkerPool(threads, { source: options.workerConfig, today, fix, trackDependencies }, entryUrl);
      } else {
        notes.push(
          options.workerConfig
            ? 'Linting on one thread: the built worker bundle was not found.'
            : 'Linting on one thread: plugins given as objects cannot be loaded by worker threads.',
        );
        threads = 1;
      }
    }
    if (!pool) {
      if (threads === 1) {
        lintBatchHere(waiting);
        waiting = [];
      }
      return;
    }
    while (waiting.length > 0) {
      while (inFlight.size >= threads * TASKS_AHEAD_PER_THREAD) await Promise.race(inFlight);
      dispatch(waiting.splice(0, BATCH_SIZE));
    }
  }

  try {
    for (const filePath of paths) {
      const slot = await readSlot(filePath, cache, fix, options.deferWorkspace === true);
      slots.push(slot);
      if (slot.kind === 'problem' || slot.phase || isBlankText(slot.text)) {
        progress(1);
        continue;
      }
      if (threads > 1 && slot.text.length > WORKER_MAX_TEXT_LENGTH) {
        lintBatchHere([slot]);
        continue;
      }
      waiting.push(slot);
      // On one thread, files are linted a batch at a time: one time-budget watchdog then covers the batch.
      if ((threads === 1 && waiting.length >= BATCH_SIZE) || pool || waiting.length >= PARALLEL_THRESHOLD) await flushWaiting();
    }
    // Fewer files than it takes to start workers: lint them here.
    if (!pool) lintBatchHere(waiting.splice(0));
    else await flushWaiting();
    while (inFlight.size > 0) await Promise.race(inFlight);
  } finally {
    await pool?.close();
    await Promise.all(writes);
  }
  if (cache) {
    // Only new phases: a warm run that linted nothing leaves the cache file as it is.
    for (const slot of slots) if (slot.kind === 'text' && slot.phase && slot.contentHash && !slot.cached) cache.set(slot.filePath, slot.contentHash, slot.phase);
  }
  for (const slot of slots) {
    if (slot.kind === 'problem') {
      run.addProblem(slot.filePath, slot.problem);
      continue;
    }
    const input = { text: slot.text, filePath: slot.filePath };
    const filePath = slot.filePath;
    run.addText(input, slot.phase ? fromCachedPhase(slot.phase, slot.text) : undefined, () => rereadSpecText(filePath));
    if (!fix) slot.text = '';
  }
  const deferred = options.deferWorkspace ? run.finishDocuments() : undefined;
  const results = deferred?.results ?? run.finish();
  // Workspace fixes are known only now; files already written expect what this run wrote.
  if (fix && !options.dryRun) await finishWrites(results, slots);
  if (cache) {
    try {
      await cache.save();
    } catch (error) {
      notes.push(`Cannot write the cache file: ${errorText(error)}`);
    }
  }
  const outcome: LintFilesOutcome = { results, notes, threads: pool ? threads : 1, cacheHits: cache?.hits ?? 0 };
  if (deferred) {
    outcome.workspaceFiles = deferred.workspaceFiles.map((file, index) => {
      const slot = defined(slots[index], 'a slot for every file');
      return slot.kind === 'text' && slot.contentHash ? { ...file, contentHash: slot.contentHash } : file;
    });
  }
  return outcome;
}
