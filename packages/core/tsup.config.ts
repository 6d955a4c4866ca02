import { createConfig } from '../../tsup.config.base.js';

export default createConfig({ entry: ['src/index.ts', 'src/testing.ts'] });
