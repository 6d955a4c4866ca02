export { openLintCache, type CachedPhase, type LintCache } from './lint-cache.js';
export { hashCacheKey, hashConfig, hashContent, type CacheKeyInput } from './hash-config.js';
