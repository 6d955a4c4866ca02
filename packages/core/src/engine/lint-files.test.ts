import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import linkRelative from '../rules/link-relative.js';
import type { WorkspaceRule } from '../types/index.js';
import { createEngine } from './create-engine.js';
import { relocatePaths } from './relocate-paths.js';
import { createTestConfig } from './testing/lint-with-rules.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'specloom-portable-cache-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const FILES = ['docs/a.md', 'docs/b.md', 'docs/c.md'];

/** Facts that hold the file's absolute path, as some plugins' do (OpenSpec roots, supersede links). */
const sameTitle: WorkspaceRule<{ title: string; file: string }> = {
  meta: {
    scope: 'workspace',
    type: 'problem',
    docs: { description: 'Require unique titles', recommended: true },
    messages: { duplicate: 'Unexpected title also used by `{{other}}`, expected a unique title' },
  },
  collect: (context) => context.document.title && { title: context.document.title.text, file: path.resolve(context.document.path!) },
  check(context) {
    const [first, ...others] = context.entries.filter((entry) => entry.facts.title === context.entries[0]?.facts.title);
    if (first === undefined) return;
    for (const entry of others) {
      context.report({ path: entry.path, messageId: 'duplicate', data: { other: path.relative(path.dirname(entry.path), first.facts.file) } });
    }
  },
};

/** The same title in each (a workspace finding), and a link to a file that is not there (a document finding). */
function specText(index: number): string {
  return `# Billing webhooks\n\nPart ${index}. See [the PRD](prd.md).\n`;
}

async function writeFileIn(root: string, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

async function lintWithCache(root: string) {
  const config = createTestConfig({ rootDir: root, rules: { 'link-relative': linkRelative, 'same-title': sameTitle } });
  return createEngine(config).lintFiles(
    FILES.map((file) => path.join(root, file)),
    { concurrency: 1, today: '2026-03-01', cache: { location: path.join(root, '.specloomcache'), version: '1.0.0' } },
  );
}

describe('the lint cache', () => {
  it('serves every file of a checkout copied to another folder (a CI cache restored elsewhere)', async () => {
    const first = path.join(folder, 'first', 'repo');
    for (const [index, file] of FILES.entries()) await writeFileIn(first, file, specText(index));
    const cold = await lintWithCache(first);
    expect(cold.cacheHits).toBe(0);
    const findings = (outcome: typeof cold) => outcome.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
    expect(findings(cold)).toEqual([
      'link-relative: Unexpected link to missing file "prd.md", expected an existing file relative to this document',
      'same-title: Unexpected title also used by `a.md`, expected a unique title',
      'link-relative: Unexpected link to missing file "prd.md", expected an existing file relative to this document',
      'same-title: Unexpected title also used by `a.md`, expected a unique title',
      'link-relative: Unexpected link to missing file "prd.md", expected an existing file relative to this document',
    ]);

    const second = path.join(folder, 'second', 'checkout');
    await cp(first, second, { recursive: true });
    const warm = await lintWithCache(second);
    expect(warm.cacheHits).toBe(FILES.length);
    expect(warm.results).toEqual(relocatePaths(cold.results, first, second));
    expect(findings(warm)).toEqual(findings(cold));

    // A linked file that appears in the new folder makes the entries that link to it stale there.
    await writeFileIn(second, 'docs/prd.md', '# PRD\n');
    const updated = await lintWithCache(second);
    expect(updated.cacheHits).toBe(0);
    expect(findings(updated).filter((finding) => finding.startsWith('link-relative'))).toEqual([]);
  });
});
