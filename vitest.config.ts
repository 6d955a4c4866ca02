import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,plugins,apps}/*/src/**/*.test.ts', '{packages,plugins,apps}/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
