import { createConfig } from '../../tsup.config.base.js';

// Splitting: code the entries share lives in shared chunks, so the three entries share one copy of each class
// (`instanceof SpecParseError` holds whichever entry threw it) and of module state.
export default createConfig({ entry: ['src/index.ts', 'src/host.ts', 'src/testing.ts'], splitting: true });
