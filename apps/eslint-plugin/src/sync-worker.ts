import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * How long a call waits for the worker. The first call of a run builds the workspace (every Markdown file under
 * the config root), which takes minutes only in very large repositories; a worker that died never answers.
 */
const CALL_TIMEOUT_MS = 10 * 60 * 1000;

export interface SyncWorkerData {
  port: MessagePort;
  /** Set to 1 by the worker once its answer is on the port. */
  signal: Int32Array;
}

export type SyncReply<Result> = { id: number; result: Result } | { id: number; error: { message: string; stack?: string } };

/**
 * Call an async function in a worker thread from synchronous code (ESLint rules are synchronous; loading a
 * `specloom.config.mjs` and its plugins is not). The caller blocks on `Atomics.wait` until the worker has posted
 * its answer, then takes it off the port with `receiveMessageOnPort`. The worker starts on the first call and
 * never keeps the process alive.
 */
export function createSyncWorker<Request, Result>(entry: URL): (request: Request) => Result {
  let channel: { port: MessagePort; signal: Int32Array } | undefined;
  let lastId = 0;

  function start(): { port: MessagePort; signal: Int32Array } {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const workerData: SyncWorkerData = { port: port2, signal };
    const worker = new Worker(entry, { workerData, transferList: [port2] });
    worker.unref();
    port1.unref();
    return { port: port1, signal };
  }

  return (request) => {
    channel ??= start();
    const id = ++lastId;
    Atomics.store(channel.signal, 0, 0);
    channel.port.postMessage({ id, request });
    const waited = Atomics.wait(channel.signal, 0, 0, CALL_TIMEOUT_MS);
    const received = receiveMessageOnPort(channel.port);
    if (!received) {
      channel = undefined;
      throw new Error(`specloom's lint worker ${waited === 'timed-out' ? 'did not answer in time' : 'gave no answer'}`);
    }
    const reply = received.message as SyncReply<Result>;
    if ('error' in reply) {
      const error = new Error(reply.error.message);
      if (reply.error.stack) error.stack = reply.error.stack;
      throw error;
    }
    return reply.result;
  };
}

/** The worker's side: answer each call with `handle`'s result or error, then wake the caller. */
export function serveSyncCalls<Request, Result>(data: SyncWorkerData, handle: (request: Request) => Promise<Result>): void {
  data.port.on('message', async ({ id, request }: { id: number; request: Request }) => {
    let reply: SyncReply<Result>;
    try {
      reply = { id, result: await handle(request) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } };
    }
    data.port.postMessage(reply);
    Atomics.store(data.signal, 0, 1);
    Atomics.notify(data.signal, 0);
  });
}
