import { describe, expect, it } from 'vitest';
import { createLintProgress } from './lint-progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, write: (text: string) => chunks.push(text) };
}

/** A clock the test moves by hand, so no assertion depends on real time. */
function clock() {
  let time = 1_000;
  return { now: () => time, advance: (milliseconds: number) => (time += milliseconds) };
}

describe('createLintProgress', () => {
  it('counts files on a terminal once a run is long, and erases the line at the end', () => {
    const terminal = stream(true);
    const time = clock();
    const progress = createLintProgress(terminal, true, time.now);
    progress.update(10, 1000);
    expect(terminal.chunks).toEqual([]);
    time.advance(600);
    progress.update(250, 1000);
    progress.finish();
    expect(terminal.chunks).toEqual(['\r\u001B[Kspecloom: linting 250/1000 files', '\r\u001B[K']);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const pipe = stream(false);
    const time = clock();
    const progress = createLintProgress(pipe, true, time.now);
    time.advance(5_000);
    progress.update(500, 1000);
    progress.finish();
    expect(pipe.chunks).toEqual([]);
  });

  it('writes nothing for machine-readable output, even on a terminal', () => {
    const terminal = stream(true);
    const time = clock();
    const progress = createLintProgress(terminal, false, time.now);
    time.advance(5_000);
    progress.update(500, 1000);
    progress.finish();
    expect(terminal.chunks).toEqual([]);
  });
});
