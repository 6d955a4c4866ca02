export { default } from './remark-preset-lint-specloom.js';
export type { FileSetLike } from './file-set-run.js';
export type { Options, PresetRuleSetting } from './preset-options.js';
