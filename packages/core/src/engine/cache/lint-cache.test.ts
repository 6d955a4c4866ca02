import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../config/resolve-config.js';
import { hashCacheKey, hashContent } from './hash-config.js';
import { openLintCache, type CachedPhase } from './lint-cache.js';

let folder: string;
let location: string;
/** Real files: entries of files that no longer exist are pruned when the cache opens. */
let docs: string;
let spec: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'specloom-cache-'));
  location = path.join(folder, 'nested', '.specloomcache');
  docs = path.join(folder, 'docs');
  spec = path.join(docs, '0007.md');
  await mkdir(docs);
  for (const name of ['0007', ...Array.from({ length: 20 }, (_, index) => String(index))]) {
    await writeFile(path.join(docs, `${name}.md`), `# ${name}\n`);
  }
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
    expect(cache.get(spec, contentHash)).toBeUndefined();
    cache.set(spec, contentHash, phase);
    await cache.save();

    const reopened = await openLintCache(location, 'key-1');
    expect(reopened.note).toBeUndefined();
    expect(reopened.get(spec, contentHash)).toEqual(phase);
    expect(reopened.hits).toBe(1);
    expect(reopened.get(spec, hashContent(Buffer.from('# SPEC 0008: Billing webhooks\n')))).toBeUndefined();
  });

  it('drops every entry when the key (config, version, date) differs', async () => {
    const cache = await openLintCache(location, 'key-1');
    cache.set(spec, 'hash', phase);
    await cache.save();
    const other = await openLintCache(location, 'key-2');
    expect(other.note).toBeUndefined();
    expect(other.get(spec, 'hash')).toBeUndefined();
  });

  it('ignores a corrupt cache file with a note, and replaces it on save', async () => {
    const cache = await openLintCache(location, 'key-1');
    cache.set(spec, 'hash', phase);
    await cache.save();
    const bytes = await readFile(location);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    await writeFile(location, bytes);
    const corrupt = await openLintCache(location, 'key-1');
    expect(corrupt.note).toBe('Unexpected corrupt cache file (checksum mismatch), expected a specloom cache; ignoring it');
    expect(corrupt.get(spec, 'hash')).toBeUndefined();
    await corrupt.save();
    expect((await openLintCache(location, 'key-1')).note).toBeUndefined();
  });

  it('never serves a result from a cache file with one byte changed (300 seeded mutations)', async () => {
    const cache = await openLintCache(location, 'key-1');
    for (let index = 0; index < 20; index++) cache.set(path.join(docs, `${index}.md`), `hash-${index}`, { ...phase, template: `rfc-${index}` });
    await cache.save();
    const original = await readFile(location);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let served = 0;
    for (let mutation = 0; mutation < 300; mutation++) {
      const bytes = Buffer.from(original);
      const offset = Math.floor(random() * bytes.length);
      bytes.writeUInt8((bytes.readUInt8(offset) + 1 + Math.floor(random() * 255)) % 256, offset);
      await writeFile(location, bytes);
      const mutated = await openLintCache(location, 'key-1');
      for (let index = 0; index < 20; index++) if (mutated.get(path.join(docs, `${index}.md`), `hash-${index}`) !== undefined) served++;
      if (mutated.note === undefined) expect(mutated.hits).toBe(0);
    }
    expect(served).toBe(0);
  });

  it('leaves a file that is not a specloom cache alone, with a note, and caches nothing', async () => {
    await mkdir(path.dirname(location), { recursive: true });
    await writeFile(location, '# Release notes\n');
    const cache = await openLintCache(location, 'key-1');
    expect(cache.note).toBe(
      `Unexpected \`${location}\` at the cache location, expected a specloom cache file; it is left as it is and this run uses no cache`,
    );
    cache.set(spec, 'hash', phase);
    await cache.save();
    expect(await readFile(location, 'utf8')).toBe('# Release notes\n');
  });

  it('puts the cache file into a folder given as the location', async () => {
    await mkdir(location, { recursive: true });
    const cache = await openLintCache(location, 'key-1');
    cache.set(spec, 'hash', phase);
    await cache.save();
    expect((await openLintCache(path.join(location, '.specloomcache'), 'key-1')).get(spec, 'hash')).toEqual(phase);
  });

  it('prunes the entries of files that no longer exist, and keeps the others', async () => {
    const cache = await openLintCache(location, 'key-1');
    const other = path.join(docs, '1.md');
    cache.set(spec, 'hash', phase);
    cache.set(other, 'hash', phase);
    await cache.save();
    await rm(spec);
    const pruned = await openLintCache(location, 'key-1');
    expect(pruned.get(other, 'hash')).toEqual(phase);
    await pruned.save();
    await writeFile(spec, '# 0007\n');
    // Saved without the deleted file's entry: back on disk, it is linted afresh, not served from the cache.
    expect((await openLintCache(location, 'key-1')).get(spec, 'hash')).toBeUndefined();
    expect((await openLintCache(location, 'key-1')).get(other, 'hash')).toEqual(phase);
  });

  it('takes a location ending in a slash as a folder, made on save', async () => {
    const cache = await openLintCache(`${path.join(folder, 'cache-folder')}${path.sep}`, 'key-1');
    cache.set(spec, 'hash', phase);
    await cache.save();
    expect((await openLintCache(path.join(folder, 'cache-folder', '.specloomcache'), 'key-1')).get(spec, 'hash')).toEqual(phase);
  });

  it('with a root, serves a checkout in another folder: keys and paths inside the phase are relative to it', async () => {
    const checkout = path.join(folder, 'checkout-a');
    const moved = path.join(folder, 'checkout-b');
    const facts = new Map([['openspec/delta-target', { location: { root: `${checkout}/openspec` } }]]);
    // Only the checkout in its new folder exists: the entry is still there (not pruned) for the file there.
    await mkdir(path.join(moved, 'docs'), { recursive: true });
    await writeFile(path.join(moved, 'docs/0007.md'), '# SPEC 0007\n');
    const cache = await openLintCache(location, 'key-1', checkout);
    cache.set(path.join(checkout, 'docs/0007.md'), 'hash', { ...phase, facts, dependencies: [{ path: path.join(checkout, 'docs/prd.md'), exists: false }] });
    await cache.save();
    const elsewhere = await openLintCache(location, 'key-1', moved);
    expect(elsewhere.get(path.join(moved, 'docs/0007.md'), 'hash')).toEqual({
      ...phase,
      facts: new Map([['openspec/delta-target', { location: { root: `${moved}/openspec` } }]]),
      dependencies: [{ path: path.join(moved, 'docs/prd.md'), exists: false }],
    });
    expect(elsewhere.hits).toBe(1);
    // The dependency is checked where the checkout now is.
    await writeFile(path.join(moved, 'docs/prd.md'), '# PRD\n');
    expect((await openLintCache(location, 'key-1', moved)).get(path.join(moved, 'docs/0007.md'), 'hash')).toBeUndefined();
  });

  it('replaces caches of the formats before relative paths quietly', async () => {
    await mkdir(path.dirname(location), { recursive: true });
    for (const format of ['specloom-cache/2', 'specloom-cache/3']) {
      await writeFile(location, `${format}\n0000\n`);
      expect((await openLintCache(location, 'key-1')).note).toBeUndefined();
    }
    const cache = await openLintCache(location, 'key-1');
    cache.set(spec, 'hash', phase);
    await cache.save();
    expect((await openLintCache(location, 'key-1')).get(spec, 'hash')).toEqual(phase);
  });

  it('misses when a file the entry depends on appeared or disappeared', async () => {
    const linked = path.join(folder, 'linked.md');
    const cache = await openLintCache(location, 'key-1');
    cache.set(spec, 'hash', { ...phase, dependencies: [{ path: linked, exists: false }] });
    await cache.save();
    expect((await openLintCache(location, 'key-1')).get(spec, 'hash')).toBeDefined();
    await writeFile(linked, '# Linked\n');
    expect((await openLintCache(location, 'key-1')).get(spec, 'hash')).toBeUndefined();
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

  it('is the same for the same config in a checkout in another folder', async () => {
    const here = await resolveConfig({}, { rootDir: path.join(folder, 'a'), filePath: path.join(folder, 'a', 'specloom.config.json'), builtinPlugins: [] });
    const there = await resolveConfig({}, { rootDir: path.join(folder, 'b'), filePath: path.join(folder, 'b', 'specloom.config.json'), builtinPlugins: [] });
    const otherName = await resolveConfig({}, { rootDir: path.join(folder, 'b'), filePath: path.join(folder, 'b', '.specloomrc.json'), builtinPlugins: [] });
    const key = (config: typeof here) => hashCacheKey({ config, version: '0.1.0', today: '2026-03-01' });
    expect(key(there)).toBe(key(here));
    expect(key(otherName)).not.toBe(key(here));
  });
});
