export type * from './document.js';
export type * from './schema.js';
export type * from './rule.js';
export type * from './plugin.js';
export type * from './config.js';
export type * from './result.js';
export type * from './engine.js';
