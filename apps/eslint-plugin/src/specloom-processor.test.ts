import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LintMessage } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinPlugins } from './builtin-plugins.js';
import { createSpecloomConfig } from './create-specloom-config.js';

/** One comparable line per message: ESLint's rule ids without the plugin's namespace. */
function describeMessage(message: Pick<LintMessage, 'ruleId' | 'severity' | 'line' | 'column' | 'message'>): string {
  return `${message.line}:${message.column} ${message.severity} ${message.ruleId?.replace(/^specloom\//, '') ?? '(file)'}: ${message.message}`;
}

const draftRfc = `# SPEC 0042: Cache warming

**Status**: Draft
**Author**: Ada Lovelace
**Created**: 2026-01-05

## Summary

Warm the cache. Owner: [Name].
`;

describe('the specloom processor', () => {
  let rootDir: string;
  let lintWithEslint: (text: string, fileName: string) => Linter.LintMessage[];
  let lintWithEngine: (text: string, fileName: string) => LintMessage[];

  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(tmpdir(), 'specloom-processor-'));
    const eslintConfig = await createSpecloomConfig({}, { rootDir });
    const settings = { files: ['**/*.md'], settings: { specloom: { today: '2026-02-01' } } };
    const linter = new Linter({ cwd: rootDir });
    lintWithEslint = (text, fileName) => linter.verify(text, [eslintConfig, settings], { filename: path.join(rootDir, fileName) });
    const engine = createEngine(await resolveConfig({}, { rootDir, builtinPlugins }));
    lintWithEngine = (text, fileName) => engine.lintTexts([{ text, filePath: path.join(rootDir, fileName) }], { today: '2026-02-01' })[0]!.messages;
  });

  afterAll(() => rm(rootDir, { recursive: true, force: true }));

  it('gives a message the lower severity its rule asks for (a placeholder in a Draft is a warning)', () => {
    const eslint = lintWithEslint(draftRfc, '0042-cache-warming.md');
    expect(eslint.map(describeMessage)).toEqual(lintWithEngine(draftRfc, '0042-cache-warming.md').map(describeMessage));
    expect(eslint).toContainEqual(expect.objectContaining({ ruleId: 'specloom/placeholder', severity: 1 }));
  });

  it('reports problems with the file itself without a rule, as ESLint reports parse errors', () => {
    const text = `---\ntemplate: rfc\ntitle: [unclosed\n---\n\n${draftRfc}`;
    const eslint = lintWithEslint(text, '0042-cache-warming.md');
    const problems = eslint.filter((message) => message.ruleId === null);
    expect(problems.length).toBeGreaterThan(0);
    expect(eslint.map(describeMessage).sort()).toEqual(lintWithEngine(text, '0042-cache-warming.md').map(describeMessage).sort());
  });
});
