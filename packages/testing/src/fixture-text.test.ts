import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFolder, fixtureText } from './fixture-text.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'specloom-fixture-text-'));
  await writeFile(path.join(folder, 'spec.md'), '# SPEC 0007: Billing\n\n**Status**: Draft\n');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('fixtureText', () => {
  it('reads a fixture and applies each replacement once, in order', () => {
    expect(fixtureText(folder, 'spec.md')).toBe('# SPEC 0007: Billing\n\n**Status**: Draft\n');
    expect(fixtureText(folder, 'spec.md', [['Draft', 'Approved'], ['0007', '0008']])).toBe('# SPEC 0008: Billing\n\n**Status**: Approved\n');
  });

  it('fails when a replaced text is not in the fixture', () => {
    expect(() => fixtureText(folder, 'spec.md', [['Rejected', 'Approved']])).toThrow('spec.md does not contain "Rejected"');
  });

  it('reads a folder of fixtures as documents and as RuleTester cases', () => {
    const { fixture, fixtureCase } = fixtureFolder(folder);
    expect(fixture('spec.md')).toEqual({ text: '# SPEC 0007: Billing\n\n**Status**: Draft\n', filePath: path.join(folder, 'spec.md') });
    expect(fixtureCase('spec.md', [['Draft', 'Approved']])).toEqual({ code: '# SPEC 0007: Billing\n\n**Status**: Approved\n', filePath: 'spec.md' });
  });
});
