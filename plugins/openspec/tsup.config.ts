import { createConfig } from '../../tsup.config.base.js';

export default createConfig();
