import { createConfig } from '../../tsup.config.base.js';

// vitest is the host's test runner: never bundled, always the project's own copy.
export default createConfig({ external: ['vitest'] });
