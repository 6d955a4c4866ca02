import { createConfig } from '../../tsup.config.base.js';

// The worker that loads `specloom.config.*` and lints is its own file, started by `lint-backends.ts`.
export default createConfig({ entry: ['src/index.ts', 'src/lint-worker.ts'] });
