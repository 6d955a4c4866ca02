import { randomBytes } from 'node:crypto';
import { chmod, link, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { SpecloomConfigError } from '../errors.js';

export interface WriteFileAtomicOptions {
  /** Replace an existing file (default true). With false, an existing target is an error and stays untouched. */
  overwrite?: boolean;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function refusal(filePath: string, cause?: unknown): SpecloomConfigError {
  return new SpecloomConfigError(`Refusing to overwrite \`${filePath}\`: the file already exists`, { filePath, cause });
}

/** Write `text` to a new file next to the target, flushed to disk; `wx` so we never write into someone else's file. */
async function writeTemporary(temporaryPath: string, text: string, mode: number | undefined): Promise<void> {
  const handle = await open(temporaryPath, 'wx', mode ?? 0o666);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  // The mode given to open() is reduced by the umask; the existing file's mode must be kept exactly.
  if (mode !== undefined) await chmod(temporaryPath, mode);
}

/**
 * Write a file so that readers see either the old or the new text, never a mix: write a temporary file in the
 * same folder, then rename it over the target (keeping the target's mode). With `overwrite: false` the temp file
 * is hard-linked to the target instead, which fails atomically when the target exists, so a race cannot clobber.
 */
export async function writeFileAtomic(filePath: string, text: string, options: WriteFileAtomicOptions = {}): Promise<void> {
  const overwrite = options.overwrite ?? true;
  let target = path.resolve(filePath);
  let mode: number | undefined;
  try {
    // Write through a symlink to the file it points at, rather than replacing the link.
    target = await realpath(target);
    if (!overwrite) throw refusal(filePath);
    mode = (await stat(target)).mode & 0o7777;
  } catch (error) {
    if (error instanceof SpecloomConfigError) throw error;
    if (errorCode(error) !== 'ENOENT') throw error;
  }

  const directory = path.dirname(target);
  const temporaryPath = path.join(directory, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeTemporary(temporaryPath, text, mode);
  try {
    if (overwrite) {
      await rename(temporaryPath, target);
      return;
    }
    try {
      await link(temporaryPath, target);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw refusal(filePath, error);
      // Some file systems have no hard links: fall back to an exclusive create of the target itself.
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errorCode(error) ?? '')) throw error;
      await writeExclusive(filePath, target, text);
    }
    await unlink(temporaryPath);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
}

async function writeExclusive(filePath: string, target: string, text: string): Promise<void> {
  let handle;
  try {
    handle = await open(target, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw refusal(filePath, error);
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
