import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine, resolveConfig } from '@specloom/core';
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
});
