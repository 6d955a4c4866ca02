import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule, WorkspaceRule } from '../types/index.js';
import { checkDeferredWorkspace } from './check-deferred-workspace.js';
import { createEngine } from './create-engine.js';
import { createTestConfig } from './testing/lint-with-rules.js';
import { defined } from '../defined.js';

interface TitleFacts {
  title: string;
  offset: number;
}

/** Titles must be unique across the run; the fix renames later duplicates. */
const uniqueTitles: WorkspaceRule<TitleFacts> = {
  meta: {
    scope: 'workspace',
    type: 'problem',
    docs: { description: 'Require unique titles', recommended: true },
    fixable: 'code',
    messages: { duplicate: 'Unexpected duplicate title `{{title}}`, expected a title not used by `{{other}}`' },
  },
  collect(context) {
    const title = context.document.title;
    if (!title) return undefined;
    return { title: title.text, offset: title.position.end.offset };
  },
  check(context) {
    const firstByTitle = new Map<string, string>();
    for (const entry of context.entries) {
      const first = firstByTitle.get(entry.facts.title);
      if (first === undefined) {
        firstByTitle.set(entry.facts.title, entry.path);
        continue;
      }
      context.report({
        path: entry.path,
        messageId: 'duplicate',
        data: { title: entry.facts.title, other: first },
        position: {
          start: { line: 1, column: 3, offset: 2 },
          end: { line: 1, column: 3 + entry.facts.title.length, offset: entry.facts.offset },
        },
        fix: { range: [entry.facts.offset, entry.facts.offset], text: ' (2)' },
      });
    }
  },
};

const texts = [
  { filePath: 'docs/a.md', text: '# Billing\n\nText.\n' },
  { filePath: 'docs/b.md', text: '# Search\n' },
  { filePath: 'docs/c.md', text: '# Billing\n\n<!--lint ignore unique-titles-->\nNot a title.\n' },
  { filePath: 'docs/d.md', text: '# Billing\n' },
];

describe('workspace rules', () => {
  it('checks the facts of every file once and reports on the files named', () => {
    const engine = createEngine(createTestConfig({ rules: { 'unique-titles': uniqueTitles } }));
    const results = engine.lintTexts(texts);
    expect(results.map((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.message}`))).toEqual([
      [],
      [],
      ['1:3 Unexpected duplicate title `Billing`, expected a title not used by `docs/a.md`'],
      ['1:3 Unexpected duplicate title `Billing`, expected a title not used by `docs/a.md`'],
    ]);
    expect(results[2]).toMatchObject({ errorCount: 1, fixableErrorCount: 1 });
  });

  it('lets lint comments in a file turn off workspace messages on it', () => {
    const engine = createEngine(createTestConfig({ rules: { 'unique-titles': uniqueTitles } }));
    const results = engine.lintTexts([
      { filePath: 'a.md', text: '# Billing\n' },
      { filePath: 'b.md', text: '<!--lint disable unique-titles-->\n\n# Billing\n' },
      { filePath: 'c.md', text: '# Billing\n' },
    ]);
    expect(results.map((result) => result.errorCount)).toEqual([0, 0, 1]);
  });

  it('applies workspace fixes and re-checks until the workspace is clean', () => {
    const engine = createEngine(createTestConfig({ rules: { 'unique-titles': uniqueTitles } }));
    const results = engine.lintTexts(texts, { fix: true });
    expect(results.map((result) => result.output)).toEqual([
      undefined,
      undefined,
      '# Billing (2)\n\n<!--lint ignore unique-titles-->\nNot a title.\n',
      // Both duplicates got " (2)" in the same pass, so they clash again and the later one is renamed once more.
      '# Billing (2) (2)\n',
    ]);
    expect(results.flatMap((result) => result.messages)).toEqual([]);
  });

  it('isolates crashes in collect and check', () => {
    const crashInCollect: Rule = {
      ...uniqueTitles,
      collect(context) {
        if (context.document.path === 'docs/b.md') throw new Error('no title facts');
        return { title: 'x', offset: 0 };
      },
    };
    const crashInCheck: Rule = {
      ...uniqueTitles,
      check() {
        throw new Error('check failed');
      },
    };
    const engine = createEngine(createTestConfig({ rules: { 'ws/collect': crashInCollect, 'ws/check': crashInCheck, 'unique-titles': uniqueTitles } }));
    const results = engine.lintTexts(texts);
    const crashes = results.map((result) => result.messages.filter((message) => message.message.includes('crashed')).map((message) => message.message));
    expect(crashes).toEqual([
      ['Rule "ws/check" from plugin "test" crashed in `check`: check failed'],
      ['Rule "ws/collect" from plugin "test" crashed in `collect`: no title facts'],
      [],
      [],
    ]);
    // ws/collect still checked the other three files: two of them are duplicates of the first.
    expect(results.map((result) => result.messages.filter((message) => message.ruleId === 'ws/collect').length)).toEqual([0, 1, 1, 1]);
  });

  it('reads back only the files it reports on when linting from disk, with the same fixes and lint comments', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'specloom-workspace-'));
    try {
      const written = texts.map((file) => ({ filePath: path.join(folder, path.basename(file.filePath)), text: file.text }));
      const paths = written.map((file) => file.filePath);
      await Promise.all(written.map((file) => writeFile(file.filePath, file.text)));
      const config = createTestConfig({ rules: { 'unique-titles': uniqueTitles } });
      const fromText = createEngine(config).lintTexts(written);
      const { results: fromDisk } = await createEngine(config).lintFiles(paths, { concurrency: 1 });
      // Default concurrency: too few files to start workers, the same results.
      const concurrent = await createEngine(config).lintFiles(paths);
      expect(fromDisk).toEqual(fromText);
      expect(concurrent.results).toEqual(fromText);
      // The fix of d.md is merged against its text, read back from disk: it appends to the title.
      expect(fromDisk[3]?.messages[0]?.fix).toEqual({ range: [9, 9], text: ' (2)' });
      expect(fromDisk.map((result) => result.errorCount)).toEqual([0, 0, 1, 1]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('a workspace phase deferred to a later run', () => {
  it('gives the results of one run when two runs over halves of the files are checked together', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'specloom-deferred-'));
    try {
      const written = texts.map((file) => ({ filePath: path.join(folder, path.basename(file.filePath)), text: file.text }));
      const paths = written.map((file) => file.filePath);
      await Promise.all(written.map((file) => writeFile(file.filePath, file.text)));
      const config = createTestConfig({ rules: { 'unique-titles': uniqueTitles } });
      const whole = await createEngine(config).lintFiles(paths, { concurrency: 1 });
      const parts = await Promise.all(
        // Files 1 and 3 in one run, 2 and 4 in the other.
        [0, 1]
          .map((parity) => paths.filter((_filePath, index) => index % 2 === parity))
          .map((part) => createEngine(config).lintFiles(part, { concurrency: 1, deferWorkspace: true })),
      );
      // In the order one run has them: rules may name the first of several files.
      const order = (left: { filePath: string }, right: { filePath: string }) => left.filePath.localeCompare(right.filePath);
      const files = parts.flatMap((part) => part.workspaceFiles!.map((file, index) => ({ ...file, result: defined(part.results[index], 'a result for every workspace file') }))).sort(order);
      // A part alone cannot see the duplicates: its results hold the document phase only.
      expect(files.flatMap((file) => file.result.messages)).toEqual([]);
      const merged = checkDeferredWorkspace(config, files.map((file) => ({ ...file, readText: () => readFileSync(file.filePath, 'utf8') })));
      expect(merged).toEqual(whole.results);
      expect(merged.map((result) => result.errorCount)).toEqual([0, 0, 1, 1]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
