import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readTemplateFile } from './read-template-file.js';

const packageFolder = mkdtempSync(path.join(tmpdir(), 'specloom-read-template-'));
writeFileSync(path.join(packageFolder, 'package.json'), '{ "name": "plugin-under-test" }\n');
mkdirSync(path.join(packageFolder, 'templates'));
writeFileSync(path.join(packageFolder, 'templates', 'review.md'), '# Review: [Title]\n');

afterAll(() => rmSync(packageFolder, { recursive: true, force: true }));

describe('readTemplateFile', () => {
  it('reads the file relative to the package root, from the source and from the bundle alike', () => {
    // The source module sits two folders below the root, the bundle one: both must find `templates/review.md`.
    const fromSource = readTemplateFile(pathToFileURL(path.join(packageFolder, 'src', 'templates', 'review.ts')), 'templates/review.md');
    const fromBundle = readTemplateFile(pathToFileURL(path.join(packageFolder, 'dist', 'index.js')).href, 'templates/review.md');
    expect(fromSource).toEqual({ markdown: '# Review: [Title]\n', source: path.join(packageFolder, 'templates', 'review.md') });
    expect(fromBundle).toEqual(fromSource);
  });

  it('reads from the nearest package root: this module belongs to @specloom/core', () => {
    const { markdown } = readTemplateFile(import.meta.url, 'package.json');
    expect((JSON.parse(markdown) as { name: string }).name).toBe('@specloom/core');
  });

  it('throws for a file the package does not ship (a packaging mistake, not a document problem)', () => {
    expect(() => readTemplateFile(pathToFileURL(path.join(packageFolder, 'dist', 'index.js')), 'templates/missing.md')).toThrow(/ENOENT/);
  });
});
