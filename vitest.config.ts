import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const allTests = ['{packages,plugins,apps}/*/src/**/*.test.ts', '{packages,plugins,apps}/*/test/**/*.test.ts'];

/**
 * Tests that run what users run: the built `specloom` CLI, remark-cli with the built preset, worker threads that
 * load `dist` (they need `pnpm build` first; a new test file in these folders is end-to-end by default), and
 * tests that take seconds on purpose (`*.large.test.ts`: large inputs).
 */
const e2eTests = [
  // Each app's test folder runs the built app. The CLI's template copy check only reads files: a unit test.
  'apps/*/test/**/!(template-copies).test.ts',
  'plugins/*/test/render-cli.test.ts',
  'plugins/example-org/test/cli-safety.test.ts',
  'plugins/example-org/test/writing-a-plugin-guide.test.ts',
  // A plugin's own end-to-end tests: the built CLI, or the real tool of its format (openspec) beside it.
  'plugins/*/test/**/*.e2e.test.ts',
  '{packages,plugins,apps}/*/{src,test}/**/*.large.test.ts',
];

/**
 * Unit test files share one module graph per worker (`isolate: false`): loading the sources once instead of once
 * per file is what keeps `pnpm test:unit` under a minute. A file that mocks a module (`vi.mock`) needs a graph of
 * its own, or its mock would miss modules an earlier file loaded and leak into later files: such files are found
 * by their text and run isolated.
 */
const mockingTests = ['packages', 'plugins', 'apps']
  .flatMap((folder) => testFilesUnder(folder))
  .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, 'utf8')));

function testFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : testFilesUnder(entryPath);
    return entry.name.endsWith('.test.ts') ? [entryPath] : [];
  });
}

/**
 * Each workspace package's `exports` maps this condition to its `src/*.ts`: with it, `@specloom/*` imports in
 * unit tests load the sources (vite transforms them), so the inner loop needs no build and sees every edit.
 * Vitest also passes it to the test processes as `--conditions`; Vite 8's other server conditions are kept.
 */
const sourceConditions = ['@specloom/source', 'node', 'development|production'];

/** In-process tests are fast: one that needs more than this is a bug to fix, not a timeout to raise. */
const UNIT_TEST_TIMEOUT = 10_000;

export default defineConfig({
  test: {
    pool: 'forks',
    // Vitest leaves one core free by default: on a 2-core CI machine that runs every file on one process, while
    // most of the suite waits on module imports and child processes. One fork per core halves the wall time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        ssr: { resolve: { conditions: sourceConditions } },
        test: { name: 'unit', include: allTests, exclude: [...e2eTests, ...mockingTests], isolate: false, testTimeout: UNIT_TEST_TIMEOUT },
      },
      {
        extends: true,
        ssr: { resolve: { conditions: sourceConditions } },
        test: { name: 'unit-isolated', include: mockingTests, exclude: e2eTests, testTimeout: UNIT_TEST_TIMEOUT },
      },
      {
        extends: true,
        // Child processes (the CLI, remark-cli, git) on a busy 2-core machine.
        test: { name: 'e2e', include: e2eTests, testTimeout: 60_000 },
      },
    ],
  },
});
