import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const PRD_FIXTURE = 'prd-billing-notifications.md';

interface JsonResult {
  messages: Array<{ ruleId: string | null }>;
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
  // The RFC links twice to the PRD next to it: without it, link-relative warns twice.
  await project.copyFixture(RFC_FIXTURE, 'docs/0007-billing-webhooks.md');
});

afterEach(async () => {
  await project.remove();
});

async function linkWarnings(args: string[] = []): Promise<{ count: number; stderr: string }> {
  const run = await project.run(['lint', 'docs', '--cache', '--format', 'json', ...args]);
  const results = JSON.parse(run.stdout) as JsonResult[];
  const count = results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'link-relative').length;
  return { count, stderr: run.stderr };
}

describe('--cache', () => {
  it('re-lints a file when a file it links to appears or disappears', async () => {
    expect((await linkWarnings()).count).toBe(2);
    await project.copyFixture(PRD_FIXTURE, 'docs/prd-billing-notifications.md');
    expect((await linkWarnings()).count).toBe(0);
    // Unchanged since: served from the cache, still right.
    expect((await linkWarnings()).count).toBe(0);
    await rm(project.path('docs/prd-billing-notifications.md'));
    expect((await linkWarnings()).count).toBe(2);
  });

  it('re-lints when the config changes its limits (a file too deep under one limit is fine under another)', async () => {
    const nested = Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    await project.write('docs/deep.md', `# Deep notes\n\n${nested}\n`);
    const fatalCount = async () => {
      const run = await project.run(['lint', 'docs', '--cache', '--format', 'json']);
      return (JSON.parse(run.stdout) as Array<{ messages: Array<{ fatal?: boolean }> }>).flatMap((result) => result.messages).filter((message) => message.fatal).length;
    };
    await project.write('specloom.config.json', JSON.stringify({ limits: { maxNestingDepth: 10 } }));
    expect(await fatalCount()).toBe(1);
    await project.write('specloom.config.json', JSON.stringify({ limits: { maxNestingDepth: 100 } }));
    expect(await fatalCount()).toBe(0);
  });

  it('ignores a cache file changed after it was written, with a note, and gives the right results', async () => {
    await linkWarnings();
    const cacheFile = project.path('.specloomcache');
    const bytes = await readFile(cacheFile);
    for (const offset of [bytes.length - 1, Math.floor(bytes.length / 2), 40]) {
      const mutated = Buffer.from(bytes);
      mutated.writeUInt8(mutated.readUInt8(offset) ^ 0x01, offset);
      await writeFile(cacheFile, mutated);
      const run = await linkWarnings();
      expect(run.count).toBe(2);
      expect(run.stderr).toContain('specloom: Unexpected corrupt cache file (checksum mismatch), expected a specloom cache; ignoring it\n');
    }
  });

  it('never overwrites a file that is not a cache at --cache-location', async () => {
    await project.write('README.md', '# Our docs\n\nNot a cache.\n');
    const run = await linkWarnings(['--cache-location', 'README.md']);
    expect(run.count).toBe(2);
    expect(run.stderr).toContain('expected a specloom cache file; it is left as it is and this run uses no cache');
    expect(await project.read('README.md')).toBe('# Our docs\n\nNot a cache.\n');
  });

  it('takes --cache-location DIR/ as a folder, made when missing, as ESLint does', async () => {
    await linkWarnings(['--cache-location', '.cache/specloom/']);
    expect((await readFile(project.path('.cache/specloom/.specloomcache'))).subarray(0, 17).toString()).toBe('specloom-cache/4\n');
  });

  it('prunes the entries of deleted files', async () => {
    // A file no other file links to: its path is in the cache only as its own entry's key.
    await project.copyFixture(RFC_FIXTURE, 'docs/old/0007-billing-webhooks.md');
    await linkWarnings();
    // Entries are keyed by the path relative to the config's folder (here the project).
    const deleted = 'docs/old/0007-billing-webhooks.md';
    expect((await readFile(project.path('.specloomcache'))).includes(deleted)).toBe(true);
    await rm(project.path(deleted));
    await linkWarnings();
    expect((await readFile(project.path('.specloomcache'))).includes(deleted)).toBe(false);
  });

  it('puts the cache into a folder given as --cache-location', async () => {
    await project.write('cache/.keep', '');
    await linkWarnings(['--cache-location', 'cache']);
    expect((await readFile(project.path('cache/.specloomcache'))).subarray(0, 17).toString()).toBe('specloom-cache/4\n');
  });
});
