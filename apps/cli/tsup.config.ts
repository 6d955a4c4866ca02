import { createConfig } from '../../tsup.config.base.js';

// Splitting keeps the lazily imported commands (and the engine they load) out of the start-up chunk.
export default createConfig({ entry: ['src/index.ts', 'src/bin.ts', 'src/config-json-schema.ts'], splitting: true });
