import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's full collection, reached without `--expose-gc` on the command line; null where it is not available. */
let collectGarbage: (() => void) | null | undefined;

function garbageCollector(): (() => void) | null {
  if (collectGarbage === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('gc');
      collectGarbage = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      collectGarbage = null;
    }
  }
  return collectGarbage;
}

export interface HeapBound {
  /** Call between batches of files: collects garbage when the heap has grown past the bound. */
  check(): void;
  /** Full collections this bound asked for. */
  readonly collections: number;
}

/**
 * Keep a thread's heap near what it holds, not what it has allocated. A lint run keeps little per file (25 MB
 * live at 500 specs) but allocates hundreds of MB for syntax trees, and V8 lets the old generation grow to up
 * to 4× the live size between full collections when collecting looks cheap: peak RSS was 644 MB at 10,000
 * specs on one thread. A lower growth factor for the whole process (`--heap-growing-percent=50`) cost 30% more
 * CPU (500 specs: 14.5–16.9 -> 20.4–22.7 s) for 160 MB; one full collection each time the heap passes
 * `limitBytes` costs a few per run. When the live data itself outgrows half the bound, the bound doubles, so a
 * huge workspace is not collected after every batch.
 */
export function createHeapBound(limitBytes: number): HeapBound {
  let limit = limitBytes;
  let collections = 0;
  return {
    check() {
      if (getHeapStatistics().used_heap_size < limit) return;
      const collect = garbageCollector();
      if (!collect) return;
      collect();
      collections++;
      const live = getHeapStatistics().used_heap_size;
      if (live * 2 > limit) limit = live * 2;
    },
    get collections() {
      return collections;
    },
  };
}
