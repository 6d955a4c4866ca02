import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, link, open, readFile, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { SpecloomConfigError } from '../errors.js';
import { releaseTemporaryFile, trackTemporaryFile } from './temporary-files.js';
import { WriteRefusedError } from './write-refusal.js';

export interface WriteFileAtomicOptions {
  /** Replace an existing file (default true). With false, an existing target is an error and stays untouched. */
  overwrite?: boolean;
  /**
   * The bytes (or text) the file held when it was read. The write is refused (`WriteRefusedError`) when the
   * file now holds anything else or is gone: an edit made meanwhile is never lost, a deleted file never returns.
   */
  expected?: Uint8Array | string;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function refusal(filePath: string, cause?: unknown): SpecloomConfigError {
  return new SpecloomConfigError(`Refusing to overwrite \`${filePath}\`: the file already exists`, { filePath, cause });
}

const userId = process.getuid?.();
const isRoot = userId === 0;

/**
 * A file the user may not write is left alone, as ESLint's EACCES. Replacing it by rename needs only the
 * folder's permission, so the file's own must be checked first. root passes every `access()` check: for root, a
 * file nobody may write (`chmod 444`) is still read-only, as `vim` and `rm` treat it.
 */
async function assertWritable(target: string, stats: Stats, filePath: string): Promise<void> {
  if (isRoot) {
    if ((stats.mode & 0o222) === 0) throw new WriteRefusedError(filePath, 'read-only');
    return;
  }
  try {
    await access(target, constants.W_OK);
  } catch (error) {
    if (['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error) ?? '')) throw new WriteRefusedError(filePath, 'read-only');
    throw error;
  }
}

function toBytes(content: Uint8Array | string): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

async function readThrough(handle: FileHandle): Promise<Buffer> {
  const { size } = await handle.stat();
  const buffer = Buffer.alloc(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** Refuse when the file no longer holds `expected` (or is gone). */
async function assertUnchanged(target: string, filePath: string, expected: Buffer, handle?: FileHandle): Promise<void> {
  let current: Buffer;
  try {
    current = handle ? await readThrough(handle) : await readFile(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new WriteRefusedError(filePath, 'deleted');
    throw error;
  }
  if (!current.equals(expected)) throw new WriteRefusedError(filePath, 'changed');
}

/**
 * Hard links and ownership belong to the file's inode: a rename would give the other links the old text, and
 * the file to whoever ran specloom. Such files are written into, in place (not atomic, but nothing else keeps
 * them). root can hand a new file to its owner (`chown`), other users cannot.
 */
function mustWriteInPlace(stats: Stats): boolean {
  return stats.nlink > 1 || (!isRoot && userId !== undefined && stats.uid !== userId);
}

async function writeInPlace(target: string, filePath: string, bytes: Buffer, expected: Buffer | undefined): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(target, 'r+');
  } catch (error) {
    if (errorCode(error) === 'ENOENT' && expected) throw new WriteRefusedError(filePath, 'deleted');
    if (['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error) ?? '')) throw new WriteRefusedError(filePath, 'read-only');
    throw error;
  }
  try {
    if (expected) await assertUnchanged(target, filePath, expected, handle);
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Write `bytes` to a new file next to the target (`wx`: never into someone else's file), with the target's
 * owner and mode, flushed to disk. Returns false, leaving nothing behind, when the owner cannot be kept.
 */
async function writeTemporary(temporaryPath: string, bytes: Buffer, stats: Stats | undefined): Promise<boolean> {
  const handle = await open(temporaryPath, 'wx', stats ? stats.mode & 0o777 : 0o666);
  try {
    if (stats) {
      const created = await handle.stat();
      if (created.uid !== stats.uid || created.gid !== stats.gid) {
        try {
          await handle.chown(stats.uid, stats.gid);
        } catch (error) {
          if (errorCode(error) === 'EPERM') return false;
          throw error;
        }
      }
      // After chown, which clears set-id bits; open()'s mode was also reduced by the umask.
      await handle.chmod(stats.mode & 0o7777);
    }
    await handle.writeFile(bytes);
    await handle.sync();
    return true;
  } finally {
    await handle.close();
  }
}

/**
 * Write a file so that readers see either the old or the new text, never a mix: write a temporary file in the
 * same folder, then rename it over the target, keeping the target's mode and owner. Files with several hard
 * links, or whose owner cannot be kept, are written in place instead; read-only files are refused
 * (`WriteRefusedError`), and so is a file that no longer holds `options.expected`. With `overwrite: false` the
 * temp file is hard-linked to the target instead, which fails atomically when the target exists, so a race
 * cannot clobber. `write-file-atomic` from npm renames over read-only files and cannot check `expected`, hence
 * this module.
 */
export async function writeFileAtomic(filePath: string, text: string, options: WriteFileAtomicOptions = {}): Promise<void> {
  const overwrite = options.overwrite ?? true;
  const bytes = Buffer.from(text, 'utf8');
  const expected = options.expected === undefined ? undefined : toBytes(options.expected);
  let target = path.resolve(filePath);
  let stats: Stats | undefined;
  try {
    // Write through a symlink to the file it points at, rather than replacing the link.
    target = await realpath(target);
    if (!overwrite) throw refusal(filePath);
    stats = await stat(target);
  } catch (error) {
    if (error instanceof SpecloomConfigError) throw error;
    if (errorCode(error) !== 'ENOENT') throw error;
    if (expected) throw new WriteRefusedError(filePath, 'deleted');
  }
  if (stats) {
    await assertWritable(target, stats, filePath);
    if (expected) await assertUnchanged(target, filePath, expected);
    if (mustWriteInPlace(stats)) return writeInPlace(target, filePath, bytes, expected);
  }

  const directory = path.dirname(target);
  const temporaryPath = path.join(directory, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  trackTemporaryFile(temporaryPath);
  try {
    let written: boolean;
    try {
      written = await writeTemporary(temporaryPath, bytes, stats);
    } catch (error) {
      // A folder the user may not write still lets them write a file in it that they may write.
      if (!stats || !['EACCES', 'EPERM'].includes(errorCode(error) ?? '')) throw error;
      written = false;
    }
    if (!written) {
      await unlink(temporaryPath).catch(() => undefined);
      return await writeInPlace(target, filePath, bytes, expected);
    }
    if (overwrite) {
      // Checked again just before the rename: the window for a lost edit is this one step.
      if (expected) await assertUnchanged(target, filePath, expected);
      await rename(temporaryPath, target);
      return;
    }
    try {
      await link(temporaryPath, target);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw refusal(filePath, error);
      // Some file systems have no hard links: fall back to an exclusive create of the target itself.
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errorCode(error) ?? '')) throw error;
      await writeExclusive(filePath, target, bytes);
    }
    await unlink(temporaryPath);
  } catch (error) {
    // A full disk or any other failure leaves no temporary file behind.
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  } finally {
    releaseTemporaryFile(temporaryPath);
  }
}

async function writeExclusive(filePath: string, target: string, bytes: Buffer): Promise<void> {
  let handle;
  try {
    handle = await open(target, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw refusal(filePath, error);
    throw error;
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
