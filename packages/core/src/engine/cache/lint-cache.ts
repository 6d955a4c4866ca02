import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { errorText } from '../create-message.js';
import type { DocumentPhase } from '../lint-document.js';
import { relocatePaths } from '../relocate-paths.js';
import { releaseTemporaryFile, trackTemporaryFile } from '../temporary-files.js';

/**
 * The first line of every cache file: what it is and its layout version. A file at the cache location that
 * does not start with it is not ours and is never overwritten; bumping the version drops old caches.
 */
const MAGIC = 'specloom-cache/4\n';
/**
 * Formats 2 (every phase as objects: a run decoded them all at once) and 3 (absolute paths as keys): recognised
 * so they can be replaced quietly.
 */
const OLDER_FORMATS = ['specloom-cache/2\n', 'specloom-cache/3\n'];
/**
 * What the root folder is stored as in cached phases: entries never hold the absolute path of the checkout, so
 * a CI system can restore the cache into a checkout in another folder (or on another machine) and still hit.
 */
const STORED_ROOT = '<specloom-root>';
/** Format 1 (before the checksum) was a bare v8 serialization: recognised so it can be replaced quietly. */
const OLD_FORMAT = 'specloom-cache/1';
/** The cache file's name when `--cache-location` names a folder, as ESLint does. */
export const DEFAULT_CACHE_FILE_NAME = '.specloomcache';

/** The document phase of one file, without its text when that equals the file's own text. */
export interface CachedPhase extends Omit<DocumentPhase, 'text'> {
  /** Set only when fixes or parsing changed the text. */
  text?: string;
}

/**
 * One file's entry as stored: its phase serialized on its own, so opening a cache of 10,000 files decodes
 * only the phases a run asks for (a warm run holds bytes, not 10,000 object graphs at once) and saving copies
 * unchanged entries' bytes instead of serializing every phase again.
 */
interface StoredEntry {
  contentHash: string;
  bytes: Uint8Array;
}

interface CachePayload {
  key: string;
  entries: Map<string, StoredEntry>;
}

export interface LintCache {
  /**
   * The cached phase of `filePath` when its content hash matches and every file it depends on (its links'
   * targets) exists or not as it did when it was linted; else undefined.
   */
  get(filePath: string, contentHash: string): CachedPhase | undefined;
  set(filePath: string, contentHash: string, phase: CachedPhase): void;
  /** Writes the cache atomically when anything changed; never over a file that is not a specloom cache. */
  save(): Promise<void>;
  /** Why an existing cache file was ignored (unreadable, corrupt, not a cache), for a note to the user. */
  readonly note?: string;
  readonly hits: number;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `MAGIC`, the payload's SHA-256 on the second line, then the v8-serialized payload. */
function encode(payload: CachePayload): Buffer {
  const body = serialize(payload);
  return Buffer.concat([Buffer.from(`${MAGIC}${sha256(body)}\n`, 'utf8'), body]);
}

type Decoded = { payload: CachePayload } | { corrupt: string } | { foreign: true } | { outdated: true };

function isPayload(value: unknown): value is CachePayload {
  const payload = value as CachePayload | undefined;
  if (typeof payload !== 'object' || payload === null || typeof payload.key !== 'string' || !(payload.entries instanceof Map)) return false;
  for (const entry of payload.entries.values()) {
    if (typeof entry?.contentHash !== 'string' || !(entry.bytes instanceof Uint8Array)) return false;
  }
  return true;
}

function isOldCache(buffer: Buffer): boolean {
  try {
    const file = deserialize(buffer) as { format?: unknown } | null;
    return typeof file === 'object' && file !== null && file.format === OLD_FORMAT;
  } catch {
    return false;
  }
}

/**
 * A cache whose bytes were changed after it was written (a flipped bit, a truncated copy) must not pass for
 * results: v8 deserializes many mutated buffers without complaint (104 of 300 single-byte mutations changed
 * results silently). The checksum catches every such change.
 */
function decode(buffer: Buffer): Decoded {
  const magic = Buffer.from(MAGIC, 'utf8');
  if (buffer.subarray(0, magic.length).equals(magic)) {
    const checksumEnd = buffer.indexOf(0x0a, magic.length);
    if (checksumEnd === -1) return { corrupt: 'no checksum' };
    const checksum = buffer.subarray(magic.length, checksumEnd).toString('latin1');
    const body = buffer.subarray(checksumEnd + 1);
    if (sha256(body) !== checksum) return { corrupt: 'checksum mismatch' };
    try {
      const payload: unknown = deserialize(body);
      return isPayload(payload) ? { payload } : { corrupt: 'unexpected content' };
    } catch (error) {
      return { corrupt: errorText(error) };
    }
  }
  if (isOldCache(buffer) || OLDER_FORMATS.some((format) => buffer.subarray(0, format.length).toString('latin1') === format)) return { outdated: true };
  // Anything else is someone's file at a mistyped `--cache-location` (or empty, which holds nothing to lose).
  return buffer.length === 0 ? { outdated: true } : { foreign: true };
}

/** Temp file + rename: a run killed mid-write leaves the old cache, never half a file. */
async function writeBytesAtomic(location: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(location), { recursive: true });
  const temporaryPath = `${location}.${randomBytes(6).toString('hex')}.tmp`;
  trackTemporaryFile(temporaryPath);
  try {
    const handle = await open(temporaryPath, 'wx');
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, location);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  } finally {
    releaseTemporaryFile(temporaryPath);
  }
}

/**
 * `--cache-location` may name a folder: the cache is then a file in it, as in ESLint. A trailing slash says
 * "folder" before the folder exists (it is made on save).
 */
async function cacheFilePath(location: string): Promise<string> {
  if (/[\\/]$/u.test(location)) return path.join(location, DEFAULT_CACHE_FILE_NAME);
  const stats = await stat(location).catch(() => undefined);
  return stats?.isDirectory() ? path.join(location, DEFAULT_CACHE_FILE_NAME) : location;
}

function dependenciesUnchanged(phase: CachedPhase): boolean {
  return (phase.dependencies ?? []).every((dependency) => existsSync(dependency.path) === dependency.exists);
}

/**
 * Open the cache at `location` for runs with this `key` (config + version + date hash). Entries from another
 * key are dropped; a missing file is an empty cache; a corrupt one is ignored with a note and replaced; a file
 * that is not a specloom cache is left alone with a note, and the run goes on without a cache.
 * With `root` (the config's folder), entries are keyed by the path relative to it and paths below it inside a
 * phase are stored relative too, so the cache serves the same files in a checkout in another folder.
 */
export async function openLintCache(location: string, key: string, root?: string): Promise<LintCache> {
  const entryKey = (filePath: string) => (root === undefined ? filePath : path.relative(root, filePath).split(path.sep).join('/'));
  const entryFile = (entryPath: string) => (root === undefined ? entryPath : path.resolve(root, entryPath));
  const stored = (phase: CachedPhase) => (root === undefined ? phase : relocatePaths(phase, root, STORED_ROOT));
  const restored = (phase: CachedPhase) => (root === undefined ? phase : relocatePaths(phase, STORED_ROOT, root));
  const filePath = await cacheFilePath(location);
  let entries = new Map<string, StoredEntry>();
  let note: string | undefined;
  let writable = true;
  let buffer: Buffer | undefined;
  try {
    buffer = await readFile(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      note = `Cannot read the cache file, ignoring it: ${errorText(error)}`;
      writable = false;
    }
  }
  let changed = false;
  if (buffer) {
    const decoded = decode(buffer);
    if ('payload' in decoded) {
      // Entries' bytes are views into the file's bytes: one copy of the file, decoded entry by entry on `get`.
      if (decoded.payload.key === key) entries = decoded.payload.entries;
      // Entries of deleted files would otherwise stay in the cache for ever (ESLint prunes them too).
      for (const entryPath of entries.keys()) {
        if (existsSync(entryFile(entryPath))) continue;
        entries.delete(entryPath);
        changed = true;
      }
    } else if ('corrupt' in decoded) {
      note = `Unexpected corrupt cache file (${decoded.corrupt}), expected a specloom cache; ignoring it`;
      changed = true;
    } else if ('foreign' in decoded) {
      note = `Unexpected \`${filePath}\` at the cache location, expected a specloom cache file; it is left as it is and this run uses no cache`;
      writable = false;
    } else {
      changed = true;
    }
  }

  let hits = 0;
  return {
    note,
    get hits() {
      return hits;
    },
    get(entryPath, contentHash) {
      if (!writable) return undefined;
      const entry = entries.get(entryKey(entryPath));
      if (entry?.contentHash !== contentHash) return undefined;
      let phase: CachedPhase;
      try {
        phase = restored(deserialize(entry.bytes) as CachedPhase);
      } catch {
        // The checksum matched, so this is a phase from another Node version's serializer: lint the file again.
        return undefined;
      }
      if (!dependenciesUnchanged(phase)) return undefined;
      hits++;
      return phase;
    },
    set(entryPath, contentHash, phase) {
      entries.set(entryKey(entryPath), { contentHash, bytes: serialize(stored(phase)) });
      changed = true;
    },
    async save() {
      if (!changed || !writable) return;
      await writeBytesAtomic(filePath, encode({ key, entries }));
      changed = false;
    },
  };
}
