import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from './find-files.js';

let cwd: string;

const files = [
  'README.md',
  'docs/a.md',
  'docs/b.md',
  'docs/notes.txt',
  'docs/drafts/c.md',
  'docs/node_modules/pkg/readme.md',
  'node_modules/pkg/readme.md',
  '.git/info.md',
  'specs/rfc.markdown',
];

beforeAll(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'specloom-find-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
    await writeFile(path.join(cwd, file), '# x\n');
  }
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function relative(found: string[]): string[] {
  return found.map((file) => path.relative(cwd, file).split(path.sep).join('/'));
}

describe('findFiles', () => {
  it('recurses into folders for Markdown files (.md and .markdown), skipping node_modules and .git', async () => {
    const result = await findFiles(['.'], { cwd });
    expect(relative(result.files)).toEqual(['README.md', 'docs/a.md', 'docs/b.md', 'docs/drafts/c.md', 'specs/rfc.markdown']);
    expect(result.files.every((file) => path.isAbsolute(file))).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it('expands globs and takes plain files whatever their extension', async () => {
    const result = await findFiles(['docs/*.md', 'specs/rfc.markdown', 'docs/a.md'], { cwd });
    expect(relative(result.files)).toEqual(['docs/a.md', 'docs/b.md', 'specs/rfc.markdown']);
  });

  it('excludes negated patterns (a folder excludes everything below it) and ignores', async () => {
    const negated = await findFiles(['docs', '!docs/drafts'], { cwd });
    expect(relative(negated.files)).toEqual(['docs/a.md', 'docs/b.md']);
    const ignored = await findFiles(['**/*.md'], { cwd, ignores: ['docs/b.md', 'docs/drafts/**'] });
    expect(relative(ignored.files)).toEqual(['README.md', 'docs/a.md']);
  });

  it('applies `**/` ignores to folders outside the cwd, and anchored ones only inside it', async () => {
    const inDocs = path.join(cwd, 'docs');
    // `README.md` is anchored to the cwd (docs/), so it does not exclude ../README.md.
    const outside = await findFiles(['..'], { cwd: inDocs, ignores: ['**/a.md', 'README.md'] });
    expect(relative(outside.files)).toEqual(['README.md', 'docs/b.md', 'docs/drafts/c.md', 'specs/rfc.markdown']);
  });

  it('lists the patterns that matched nothing', async () => {
    const result = await findFiles(['docs/a.md', 'nope.md', 'nothing/**/*.md', 'docs/notes.txt'], { cwd });
    expect(relative(result.files)).toEqual(['docs/a.md', 'docs/notes.txt']);
    expect(result.missing).toEqual(['nope.md', 'nothing/**/*.md']);
  });
});
