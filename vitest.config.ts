import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,plugins,apps}/*/src/**/*.test.ts', '{packages,plugins,apps}/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest leaves one core free by default: on a 2-core CI machine that runs every file on one process, while
    // most of the suite waits on module imports and child processes. One fork per core halves the wall time.
    maxWorkers: availableParallelism(),
  },
});
