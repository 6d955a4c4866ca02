import { createConfig } from '../../tsup.config.base.js';

// The lint worker is its own files: a small entry that loads the rest (`lint-worker.ts`), started by `lint-backends.ts`.
export default createConfig({ entry: ['src/index.ts', 'src/lint-worker.ts', 'src/serve-lint-requests.ts'] });
