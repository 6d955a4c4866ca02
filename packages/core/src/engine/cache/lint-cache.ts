import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { errorText } from '../create-message.js';
import type { DocumentPhase } from '../lint-document.js';

/** Bumped when the file layout changes, so an old cache is dropped rather than misread. */
const CACHE_FORMAT = 'specloom-cache/1';

/** The document phase of one file, without its text when that equals the file's own text. */
export interface CachedPhase extends Omit<DocumentPhase, 'text'> {
  /** Set only when fixes or parsing changed the text. */
  text?: string;
}

interface CacheEntry {
  contentHash: string;
  phase: CachedPhase;
}

interface CacheFile {
  format: string;
  key: string;
  entries: Map<string, CacheEntry>;
}

export interface LintCache {
  /** The cached phase of `filePath` when its content hash matches, else undefined. */
  get(filePath: string, contentHash: string): CachedPhase | undefined;
  set(filePath: string, contentHash: string, phase: CachedPhase): void;
  /** Writes the cache atomically when anything changed. */
  save(): Promise<void>;
  /** Why an existing cache file was ignored (unreadable or corrupt), for a note to the user. */
  readonly note?: string;
  readonly hits: number;
}

/** Temp file + rename: a run killed mid-write leaves the old cache, never half a file. */
async function writeBytesAtomic(location: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(location), { recursive: true });
  const temporaryPath = `${location}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporaryPath, bytes);
    await rename(temporaryPath, location);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
}

function isCacheFile(value: unknown): value is CacheFile {
  const file = value as CacheFile | undefined;
  return typeof file === 'object' && file !== null && typeof file.format === 'string' && file.entries instanceof Map;
}

/**
 * Open the cache at `location` for runs with this `key` (config + version + date hash). Entries from another
 * key are dropped; a missing file is an empty cache; a corrupt one is ignored with a note, never a crash.
 */
export async function openLintCache(location: string, key: string): Promise<LintCache> {
  let entries = new Map<string, CacheEntry>();
  let note: string | undefined;
  let buffer: Buffer | undefined;
  try {
    buffer = await readFile(location);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') note = `Cannot read the cache file, ignoring it: ${errorText(error)}`;
  }
  if (buffer) {
    try {
      // v8 serialization keeps Maps and Sets in workspace facts, which JSON would lose.
      const file: unknown = deserialize(buffer);
      if (!isCacheFile(file) || file.format !== CACHE_FORMAT) throw new Error('unexpected content');
      if (file.key === key) entries = file.entries;
    } catch (error) {
      note = `Unexpected corrupt cache file (${errorText(error)}), expected a specloom cache; ignoring it`;
    }
  }

  let changed = note !== undefined;
  let hits = 0;
  return {
    note,
    get hits() {
      return hits;
    },
    get(filePath, contentHash) {
      const entry = entries.get(filePath);
      if (entry?.contentHash !== contentHash) return undefined;
      hits++;
      return entry.phase;
    },
    set(filePath, contentHash, phase) {
      entries.set(filePath, { contentHash, phase });
      changed = true;
    },
    async save() {
      if (!changed) return;
      const file: CacheFile = { format: CACHE_FORMAT, key, entries };
      await writeBytesAtomic(location, serialize(file));
      changed = false;
    },
  };
}
