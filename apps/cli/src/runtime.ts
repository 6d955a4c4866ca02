import type { SpecloomPlugin } from '@specloom/core';

/** Where the CLI writes: process streams in `bin.ts`, plain collectors in tests. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything a command needs from the outside world, so commands never touch `process` directly. */
export interface CliRuntime {
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** All of standard input (`lint --stdin`); read only when asked for, so other commands never wait on it. */
  readStdin(): Promise<Buffer>;
  /** Loaded lazily: `--help` and usage errors never import the plugins. */
  loadBuiltinPlugins(): Promise<SpecloomPlugin[]>;
}
