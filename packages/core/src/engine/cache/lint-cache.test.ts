import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../config/resolve-config.js';
import { hashCacheKey, hashContent } from './hash-config.js';
import { openLintCache, type CachedPhase } from './lint-cache.js';

let folder: string;
let location: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'specloom-cache-'));
  location = path.join(folder, 'nested', '.specloomcache');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A phase as the engine makes it: a message, and workspace facts in a Map (which JSON could not keep). */
const phase: CachedPhase = {
  template: 'rfc',
  problems: [],
  messages: [{ ruleId: 'metadata-enum', severity: 2, message: 'Unexpected value "done" for "Status"', line: 3, column: 13, endLine: 3, endColumn: 17 }],
  markers: [],
  facts: new Map([['id-unique-workspace', { ids: new Set(['SPEC 0007']) }]]),
};

describe('openLintCache', () => {
  it('returns a saved phase for the same file content and key, and nothing once the content changes', async () => {
    const cache = await openLintCache(location, 'key-1');
    const contentHash = hashContent(Buffer.from('# SPEC 0007: Billing webhooks\n'));
    expect(cache.get('/docs/0007.md', contentHash)).toBeUndefined();
    cache.set('/docs/0007.md', contentHash, phase);
    await cache.save();

    const reopened = await openLintCache(location, 'key-1');
    expect(reopened.note).toBeUndefined();
    expect(reopened.get('/docs/0007.md', contentHash)).toEqual(phase);
    expect(reopened.hits).toBe(1);
    expect(reopened.get('/docs/0007.md', hashContent(Buffer.from('# SPEC 0008: Billing webhooks\n')))).toBeUndefined();
  });

  it('drops every entry when the key (config, version, date) differs', async () => {
    const cache = await openLintCache(location, 'key-1');
    cache.set('/docs/0007.md', 'hash', phase);
    await cache.save();
    const other = await openLintCache(location, 'key-2');
    expect(other.note).toBeUndefined();
    expect(other.get('/docs/0007.md', 'hash')).toBeUndefined();
  });

  it('ignores a corrupt cache file with a note, and replaces it on save', async () => {
    await openLintCache(location, 'key-1').then(async (cache) => {
      cache.set('/docs/0007.md', 'hash', phase);
      await cache.save();
    });
    await writeFile(location, 'this is not a cache\n');
    const cache = await openLintCache(location, 'key-1');
    expect(cache.note).toMatch(/^Unexpected corrupt cache file \(.+\), expected a specloom cache; ignoring it$/);
    expect(cache.get('/docs/0007.md', 'hash')).toBeUndefined();
    await cache.save();
    expect((await openLintCache(location, 'key-1')).note).toBeUndefined();
    expect(await readFile(location)).not.toEqual(Buffer.from('this is not a cache\n'));
  });
});

describe('hashCacheKey', () => {
  it('changes with rule settings, version and date, and not otherwise', async () => {
    const base = await resolveConfig({}, { rootDir: folder, builtinPlugins: [] });
    const same = await resolveConfig({}, { rootDir: folder, builtinPlugins: [] });
    const ruleOff = await resolveConfig({ rules: { 'id-unique-workspace': 'off' } }, { rootDir: folder, builtinPlugins: [] });
    const key = (config: typeof base, version = '0.1.0', today = '2026-03-01') => hashCacheKey({ config, version, today });
    expect(key(same)).toBe(key(base));
    expect(key(ruleOff)).not.toBe(key(base));
    expect(key(base, '0.2.0')).not.toBe(key(base));
    expect(key(base, '0.1.0', '2026-03-02')).not.toBe(key(base));
  });
});
