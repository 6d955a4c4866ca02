import { chmod, link, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpecloomConfigError } from '../errors.js';
import { removeTemporaryFilesSync, trackTemporaryFile } from './temporary-files.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { WriteRefusedError } from './write-refusal.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'specloom-write-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces a file, keeps its mode and leaves no temporary file', async () => {
    const target = path.join(directory, 'spec.md');
    await writeFile(target, '# Old\n');
    await chmod(target, 0o640);
    await writeFileAtomic(target, '# New\n');
    expect(await readFile(target, 'utf8')).toBe('# New\n');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(directory)).toEqual(['spec.md']);
  });

  it('creates a missing file', async () => {
    const target = path.join(directory, 'new.md');
    await writeFileAtomic(target, 'text', { overwrite: false });
    expect(await readFile(target, 'utf8')).toBe('text');
    expect(await readdir(directory)).toEqual(['new.md']);
  });

  it('refuses to overwrite an existing file when asked, and leaves it as it was', async () => {
    const target = path.join(directory, 'spec.md');
    await writeFile(target, '# Keep me\n');
    const attempt = writeFileAtomic(target, '# Lost\n', { overwrite: false });
    await expect(attempt).rejects.toThrow(SpecloomConfigError);
    await expect(writeFileAtomic(target, '# Lost\n', { overwrite: false })).rejects.toThrow(
      /Refusing to overwrite `.*spec\.md`: the file already exists/,
    );
    expect(await readFile(target, 'utf8')).toBe('# Keep me\n');
    expect(await readdir(directory)).toEqual(['spec.md']);
  });

  it('writes through a symlink to the file it points at', async () => {
    const real = path.join(directory, 'real.md');
    const linked = path.join(directory, 'linked.md');
    await writeFile(real, 'old');
    await symlink(real, linked);
    await writeFileAtomic(linked, 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await readdir(directory)).sort()).toEqual(['linked.md', 'real.md']);
  });

  it('rejects when the folder does not exist and creates nothing', async () => {
    await expect(writeFileAtomic(path.join(directory, 'missing', 'spec.md'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(directory)).toEqual([]);
  });

  it('writes only over the expected content: a changed file is refused, a deleted one is not recreated', async () => {
    const target = path.join(directory, 'spec.md');
    await writeFile(target, 'edited meanwhile');
    await expect(writeFileAtomic(target, 'fixed', { expected: 'as read' })).rejects.toMatchObject({ name: 'WriteRefusedError', reason: 'changed' });
    expect(await readFile(target, 'utf8')).toBe('edited meanwhile');
    await writeFileAtomic(target, 'fixed', { expected: Buffer.from('edited meanwhile') });
    expect(await readFile(target, 'utf8')).toBe('fixed');
    const gone = path.join(directory, 'gone.md');
    await expect(writeFileAtomic(gone, 'fixed', { expected: 'as read' })).rejects.toMatchObject({ reason: 'deleted' });
    expect(await readdir(directory)).toEqual(['spec.md']);
  });

  it('refuses a read-only file with EACCES and leaves it as it was', async () => {
    const target = path.join(directory, 'spec.md');
    await writeFile(target, 'old');
    await chmod(target, 0o444);
    const attempt = writeFileAtomic(target, 'new');
    await expect(attempt).rejects.toThrow(WriteRefusedError);
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EACCES', reason: 'read-only' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await stat(target)).mode & 0o777).toBe(0o444);
  });

  it('writes a hard-linked file in place, so every link shows the new text', async () => {
    const target = path.join(directory, 'spec.md');
    const other = path.join(directory, 'other.md');
    await writeFile(target, 'a much longer old text');
    await link(target, other);
    await writeFileAtomic(target, 'new');
    expect(await readFile(other, 'utf8')).toBe('new');
    expect((await stat(target)).nlink).toBe(2);
    expect((await readdir(directory)).sort()).toEqual(['other.md', 'spec.md']);
  });

  it('lists pending temporary files for a signal handler to remove', async () => {
    const stray = path.join(directory, '.spec.md.abc.tmp');
    await writeFile(stray, 'half');
    trackTemporaryFile(stray);
    expect(removeTemporaryFilesSync()).toBe(1);
    expect(await readdir(directory)).toEqual([]);
  });
});
