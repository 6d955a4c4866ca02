export { default } from './default-plugin.js';
export { createSpecloomConfig, type SpecloomConfigOptions } from './create-specloom-config.js';
export type { SpecloomEslintPlugin } from './create-eslint-plugin.js';
export type { SpecloomSettings } from './lint-request.js';
