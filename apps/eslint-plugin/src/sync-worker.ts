import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * How long a call waits for the worker's answer. The first call of a run builds the workspace (every Markdown
 * file under the config root), which takes minutes only in very large repositories.
 */
const CALL_TIMEOUT_MS = 10 * 60 * 1000;

/** How long the worker may take to load its modules: seconds normally, more on a machine under heavy load. */
const START_TIMEOUT_MS = 60 * 1000;

/** Slots of the shared signal: the answer is on the port; the worker has loaded its modules (1) or failed to (2). */
export const ANSWERED = 0;
export const STARTED = 1;
const FAILED_TO_START = 2;

/** The id of the answer a worker that failed to load gives, whatever was asked. */
const START_FAILURE_ID = 0;

export interface SyncWorkerData {
  port: MessagePort;
  signal: Int32Array;
}

export type SyncReply<Result> = { id: number; result: Result } | { id: number; error: { message: string; stack?: string } };

interface Channel {
  port: MessagePort;
  signal: Int32Array;
}

function start(entry: URL): Channel {
  // A missing build (or one being rebuilt) would otherwise show only as a worker that never answers.
  if (!existsSync(fileURLToPath(entry))) throw new Error(`specloom's lint worker is missing (${fileURLToPath(entry)}): reinstall or rebuild eslint-plugin-specloom`);
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const workerData: SyncWorkerData = { port: port2, signal };
  const worker = new Worker(entry, { workerData, transferList: [port2] });
  // Its failures reach the caller as answers (`failSyncWorker`) or as a timeout, never as a crash of ESLint.
  worker.on('error', () => undefined);
  worker.unref();
  port1.unref();
  return { port: port1, signal };
}

export interface SyncWorkerTimeouts {
  startMs: number;
  callMs: number;
}

/** Block until the worker has answered, or throw when it never started or took too long. */
function waitForAnswer(channel: Channel, timeouts: SyncWorkerTimeouts): void {
  const startedWaiting = Date.now();
  for (;;) {
    const state = Atomics.load(channel.signal, STARTED);
    if (state === FAILED_TO_START) return;
    const started = state === 1;
    const elapsed = Date.now() - startedWaiting;
    const limit = started ? timeouts.callMs : timeouts.startMs;
    if (elapsed >= limit) {
      throw new Error(started ? "specloom's lint worker did not answer in time" : "specloom's lint worker did not start (it failed to load its modules)");
    }
    // In slices while it starts, so a worker that fails to load is noticed within START_TIMEOUT_MS.
    const slice = started ? limit - elapsed : Math.min(1000, limit - elapsed);
    if (Atomics.wait(channel.signal, ANSWERED, 0, slice) !== 'timed-out') return;
  }
}

/**
 * Call an async function in a worker thread from synchronous code (ESLint rules are synchronous; loading a
 * `specloom.config.mjs` and its plugins is not). The caller blocks on `Atomics.wait` until the worker has posted
 * its answer, then takes it off the port with `receiveMessageOnPort`. The worker starts on the first call and
 * never keeps the process alive.
 */
export function createSyncWorker<Request, Result>(
  entry: URL,
  timeouts: SyncWorkerTimeouts = { startMs: START_TIMEOUT_MS, callMs: CALL_TIMEOUT_MS },
): (request: Request) => Result {
  let channel: Channel | undefined;
  let lastId = 0;

  return (request) => {
    channel ??= start(entry);
    const id = ++lastId;
    Atomics.store(channel.signal, ANSWERED, 0);
    channel.port.postMessage({ id, request });
    try {
      waitForAnswer(channel, timeouts);
    } catch (error) {
      // A later call starts a fresh worker.
      channel = undefined;
      throw error;
    }
    const received = receiveMessageOnPort(channel.port);
    if (!received) {
      channel = undefined;
      throw new Error("specloom's lint worker gave no answer");
    }
    const reply = received.message as SyncReply<Result>;
    if ('error' in reply) {
      if (reply.id === START_FAILURE_ID) channel = undefined;
      const error = new Error(reply.error.message);
      if (reply.error.stack) error.stack = reply.error.stack;
      throw error;
    }
    return reply.result;
  };
}

function toReplyError(error: unknown): { message: string; stack?: string } {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}

/** The worker's side when its modules cannot be loaded: every call gets this error. */
export function failSyncWorker(data: SyncWorkerData, error: unknown): void {
  const reason = toReplyError(error);
  data.port.postMessage({
    id: START_FAILURE_ID,
    error: { ...reason, message: `specloom's lint worker cannot load its modules: ${reason.message}` },
  } satisfies SyncReply<never>);
  Atomics.store(data.signal, STARTED, FAILED_TO_START);
  Atomics.store(data.signal, ANSWERED, 1);
  Atomics.notify(data.signal, ANSWERED);
}

/** The worker's side, once its modules are loaded: answer each call with `handle`'s result or error, then wake the caller. */
export function serveSyncCalls<Request, Result>(data: SyncWorkerData, handle: (request: Request) => Promise<Result>): void {
  const answer = async ({ id, request }: { id: number; request: Request }): Promise<void> => {
    try {
      data.port.postMessage({ id, result: await handle(request) } satisfies SyncReply<Result>);
    } catch (error) {
      // Also when the result cannot be copied to the caller's thread: the caller must never wait in vain.
      data.port.postMessage({ id, error: toReplyError(error) } satisfies SyncReply<Result>);
    }
    Atomics.store(data.signal, ANSWERED, 1);
    Atomics.notify(data.signal, ANSWERED);
  };
  // `answer` catches every failure and replies with it: nothing is left to reject.
  data.port.on('message', (message: { id: number; request: Request }) => void answer(message));
  Atomics.store(data.signal, STARTED, 1);
  Atomics.notify(data.signal, STARTED);
}
