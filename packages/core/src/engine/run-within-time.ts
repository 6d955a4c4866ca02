import { Script } from 'node:vm';

/** A budget that ran out: the work was stopped where it stood. */
export class TimeBudgetError extends Error {
  readonly milliseconds: number;
  constructor(milliseconds: number) {
    super(`Unexpected work over the time budget of ${milliseconds} ms`);
    this.name = 'TimeBudgetError';
    this.milliseconds = milliseconds;
  }
}

const WORK_KEY = Symbol.for('specloom.budgetedWork');
/**
 * Synchronous work (a parser, a rule stuck in a loop) cannot be interrupted by a timer: the event loop never
 * runs. A vm script's `timeout` can: a watchdog thread terminates the isolate's execution, whatever function
 * is running, and V8 turns that into an exception here. The script only calls the work, which runs in this
 * context as usual. Costs about 0.1 ms per call (the watchdog thread).
 */
const runner = new Script('globalThis[Symbol.for("specloom.budgetedWork")]()');

type Budgeted = { [WORK_KEY]?: () => void };

/** Run `work`, stopping it with a `TimeBudgetError` after `milliseconds` (no budget when not finite or <= 0). */
export function runWithinTime<Result>(work: () => Result, milliseconds: number): Result {
  if (!Number.isFinite(milliseconds) || milliseconds <= 0) return work();
  const global = globalThis as Budgeted;
  const outer = global[WORK_KEY];
  let result: Result | undefined;
  global[WORK_KEY] = () => {
    result = work();
  };
  try {
    runner.runInThisContext({ timeout: Math.ceil(milliseconds), displayErrors: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeBudgetError(milliseconds);
    throw error;
  } finally {
    // Budgets nest (a renderer inside a command's budget): restore the outer work for its own runner call.
    global[WORK_KEY] = outer;
  }
  return result as Result;
}

/**
 * `work` on each item in order, each stopped with `onTimeout` once it runs longer than `milliseconds`, with one
 * watchdog for many items: a watchdog covers the items that start within a slice (a tenth of the budget, at
 * most a second) of its own start, so each item still gets its whole budget and is stopped within
 * `milliseconds` + slice. The item running when time is up is the one that ran over; the next slice starts after it.
 */
export function runEachWithinTime<Item, Result>(
  items: readonly Item[],
  work: (item: Item, index: number) => Result,
  milliseconds: number,
  onTimeout: (item: Item, index: number) => Result,
): Result[] {
  const results: Result[] = new Array<Result>(items.length);
  if (!Number.isFinite(milliseconds) || milliseconds <= 0) return items.map(work);
  const slice = Math.min(1000, milliseconds / 10);
  // `index` is below items.length here, so the element is an Item (undefined only where Item allows it).
  const itemAt = (index: number) => items[index] as Item;
  let next = 0;
  while (next < items.length) {
    const sliceEnd = performance.now() + slice;
    let current = next;
    try {
      runWithinTime(() => {
        do {
          current = next;
          results[current] = work(itemAt(current), current);
          next = current + 1;
        } while (next < items.length && performance.now() < sliceEnd);
      }, milliseconds + slice);
    } catch (error) {
      if (!(error instanceof TimeBudgetError)) throw error;
      results[current] = onTimeout(itemAt(current), current);
      next = current + 1;
    }
  }
  return results;
}
