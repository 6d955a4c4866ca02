import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createHeapBound } from './bound-heap.js';

describe('createHeapBound', () => {
  it('collects garbage once the heap passes the bound, and not before', () => {
    const before = getHeapStatistics().used_heap_size;
    const roomy = createHeapBound(before + 512 * 1024 * 1024);
    roomy.check();
    expect(roomy.collections).toBe(0);

    // Garbage: 40 MB of arrays nobody keeps.
    for (let index = 0; index < 400; index++) new Array(12_500).fill(index);
    const grown = getHeapStatistics().used_heap_size;
    const bound = createHeapBound(Math.min(before, grown) + 1);
    bound.check();
    expect(bound.collections).toBe(1);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(grown);
  });

  it('doubles the bound when the live data outgrows half of it, so it does not collect after every batch', () => {
    const bound = createHeapBound(1);
    bound.check();
    bound.check();
    expect(bound.collections).toBe(1);
  });
});
