export { main, type MainOptions } from './main.js';
export type { OutputStream } from './runtime.js';
export { formatStylish, type StylishOptions } from './formatters/stylish.js';
export { formatJson, toJsonResults, type JsonOptions, type JsonLintMessage, type JsonLintResult } from './formatters/json.js';
// Config files import it from the package users install: with pnpm, `@specloom/core` is not resolvable from there.
export { defineConfig, type SpecloomConfig } from '@specloom/core';
