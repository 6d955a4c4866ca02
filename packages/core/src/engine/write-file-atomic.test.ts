import { chmod, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpecloomConfigError } from '../errors.js';
import { writeFileAtomic } from './write-file-atomic.js';

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
});
