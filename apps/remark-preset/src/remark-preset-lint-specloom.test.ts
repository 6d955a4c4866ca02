import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SpecloomPlugin } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { builtinPlugins } from './builtin-plugins.js';
import remarkPresetLintSpecloom from './remark-preset-lint-specloom.js';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const examplePath = `${repository}examples/mistakes/feature-invoice-pdf.md`;

describe('remark-preset-lint-specloom in a processor built in code', () => {
  it('reports what the engine reports, as remark-lint messages', async () => {
    const text = readFileSync(examplePath, 'utf8');
    const file = await remark().use(remarkPresetLintSpecloom).process(new VFile({ path: examplePath, value: text }));

    const engine = createEngine(await resolveConfig({}, { rootDir: repository, builtinPlugins }));
    const [expected] = engine.lintTexts([{ text, filePath: examplePath }]);
    if (!expected) throw new Error('The engine returned no result');
    expect(expected.messages.length).toBeGreaterThan(3);
    expect(
      file.messages.map((message) => ({
        ruleId: message.ruleId ?? null,
        severity: message.fatal ? 2 : 1,
        message: message.reason,
        line: message.place && 'start' in message.place ? message.place.start.line : undefined,
        column: message.place && 'start' in message.place ? message.place.start.column : undefined,
        endLine: message.place && 'end' in message.place ? message.place.end.line : undefined,
        endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined,
        url: message.url,
      })),
    ).toEqual(
      expected.messages.map(({ ruleId, severity, message, line, column, endLine, endColumn, url }) => ({
        ruleId,
        severity,
        message,
        line,
        column,
        endLine,
        endColumn,
        url,
      })),
    );
    for (const message of file.messages) {
      expect(message.source).toBe('specloom');
      // The syntax tree never rides along on a message.
      expect(message.ancestors).toBeUndefined();
    }
  });

  it('parses GFM tables and YAML front matter without being told to', async () => {
    const processor = remark().use(remarkPresetLintSpecloom).freeze();
    const tree = processor.parse('---\ntitle: Notes\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'table']);
  });

  it('does not add remark-gfm a second time to a pipeline that has it', () => {
    const processor = remark().use(remarkGfm).use(remarkPresetLintSpecloom).freeze();
    const names = processor.attachers.map(([attacher]) => attacher.name);
    expect(names.filter((name) => name === 'remarkGfm')).toHaveLength(1);
    expect(names.filter((name) => name === 'remarkFrontmatter')).toHaveLength(1);
  });

  it('turns a bad options value into a message on the file, not a crash', async () => {
    const file = await remark()
      .use(remarkPresetLintSpecloom, { rules: { placeholdr: 'warn' } })
      .process(new VFile({ path: examplePath, value: readFileSync(examplePath, 'utf8') }));
    expect(file.messages.map((message) => [message.reason, message.fatal])).toEqual([
      ['remark-preset-lint-specloom options: "rules.placeholdr" names an unknown rule; did you mean "placeholder"?', true],
    ]);
  });

  it('judges dates on the `today` option instead of the local date', async () => {
    const rfcPath = `${repository}examples/rfc/0007-billing-webhooks.md`;
    const lint = async (options?: { today: string }) => {
      const file = await remark().use(remarkPresetLintSpecloom, options).process(new VFile({ path: rfcPath, value: readFileSync(rfcPath, 'utf8') }));
      return file.messages.filter((message) => message.ruleId === 'metadata-date-order').map((message) => message.reason);
    };
    expect(await lint()).toEqual([]);
    expect(await lint({ today: '2026-05-10' })).toEqual([
      'Unexpected "Last Updated" date 2026-05-26 in the future, expected on or before today (2026-05-10)',
    ]);
  });
});

describe('remark-preset-lint-specloom with a config that lists a built-in plugin', () => {
  const rfc = builtinPlugins.find((plugin) => plugin.name === 'rfc')!;
  const rfcText = readFileSync(`${repository}examples/mistakes/rfc-usage-metering.md`, 'utf8');

  /** The rule ids of the messages on a copy of the RFC with mistakes, under a config whose `plugins` are given. */
  async function ruleIds(plugins: SpecloomPlugin[]): Promise<string[]> {
    const folder = realpathSync(mkdtempSync(path.join(tmpdir(), 'specloom-preset-')));
    const key = Symbol.for(`specloom-preset-test:${folder}`);
    (globalThis as Record<symbol, unknown>)[key] = { plugins };
    try {
      writeFileSync(path.join(folder, 'specloom.config.mjs'), `export default globalThis[Symbol.for(${JSON.stringify(`specloom-preset-test:${folder}`)})];\n`);
      const filePath = path.join(folder, '0019-usage-metering.md');
      const file = await remark().use(remarkPresetLintSpecloom).process(new VFile({ path: filePath, value: rfcText }));
      return [...new Set(file.messages.map((message) => String(message.ruleId)))].sort();
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
      rmSync(folder, { recursive: true, force: true });
    }
  }

  it('runs the built-in plugin once when the config lists the same plugin again', async () => {
    const withDefaults = await ruleIds([]);
    expect(withDefaults.filter((id) => id.startsWith('rfc/')).length).toBeGreaterThan(1);
    expect(await ruleIds([rfc])).toEqual(withDefaults);
  });

  it('lets another copy of a built-in plugin (a newer install, a plugin under test) replace it', async () => {
    const copy: SpecloomPlugin = { ...rfc, rules: { 'title-number': rfc.rules!['title-number']! } };
    const ids = await ruleIds([copy]);
    expect(ids.filter((id) => id.startsWith('rfc/'))).toEqual(['rfc/title-number']);
    // Still the RFC template (the copy's), with the core rules on.
    expect(ids).toContain('placeholder');
  });
});
