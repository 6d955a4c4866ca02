import { readdirSync } from 'node:fs';
import path from 'node:path';
import { inferSchema } from '@specloom/core/host';
import { readTemplateFile } from '@specloom/core';
import { describe, expect, it } from 'vitest';

const REPOSITORY = path.resolve(import.meta.dirname, '../../..');

/** Every template Markdown a plugin ships, as `readTemplateFile` is asked for it. */
const templateFiles = readdirSync(path.join(REPOSITORY, 'plugins')).flatMap((plugin) => {
  const folder = path.join(REPOSITORY, 'plugins', plugin, 'templates');
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.md'));
  } catch {
    // A plugin without templates.
  }
  return names.map((name) => ({ plugin, relativePath: `templates/${name}` }));
});

describe('schemas inferred when the plugins are built', () => {
  it('exist for every template of every plugin', () => {
    expect(templateFiles.length).toBeGreaterThanOrEqual(13);
  });

  it.each(templateFiles)('$plugin/$relativePath: equal what the built core infers now', ({ plugin, relativePath }) => {
    const moduleUrl = new URL(`../../../plugins/${plugin}/dist/index.js`, import.meta.url);
    const file = readTemplateFile(moduleUrl, relativePath);
    expect(file.inferred, 'no precomputed schema matches: run pnpm build').toBeDefined();
    const { id: _id, ...fresh } = inferSchema(file.markdown, { id: 'x', source: file.source });
    expect(file.inferred).toEqual(JSON.parse(JSON.stringify(fresh)));
  });
});
