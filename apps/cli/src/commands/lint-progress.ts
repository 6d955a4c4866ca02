import type { OutputStream } from '../runtime.js';

/** Short runs finish before this; showing (and erasing) a line for them would only flicker. */
const FIRST_DRAW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;

export interface LintProgress {
  update(done: number, total: number): void;
  /** Erase the line, so findings print on a clean terminal. */
  finish(): void;
}

/** A one-line counter on stderr, only on a terminal and never with machine-readable output. */
export function createLintProgress(stream: OutputStream, enabled: boolean, now: () => number = Date.now): LintProgress {
  if (!enabled || stream.isTTY !== true) return { update() {}, finish() {} };
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - started < FIRST_DRAW_AFTER_MS || (time - lastDraw < REDRAW_EVERY_MS && done < total)) return;
      lastDraw = time;
      drawn = true;
      stream.write(`\r\u001B[Kspecloom: linting ${done}/${total} files`);
    },
    finish() {
      if (drawn) stream.write('\r\u001B[K');
    },
  };
}
