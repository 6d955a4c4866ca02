import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inferSchema } from '@specloom/core/host';
import { readTemplateFile } from '@specloom/core';
import { pathToFileURL } from 'node:url';
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

describe('built-in templates', () => {
  // A template whose Markdown is read any other way gets no precomputed schema and is inferred at every start
  // (spec-kit's and OpenSpec's own readers cost ~100 ms of each CLI start and editor open).
  const templateModules = readdirSync(path.join(REPOSITORY, 'plugins')).flatMap((plugin) => {
    const folder = path.join(REPOSITORY, 'plugins', plugin, 'src/templates');
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    } catch {
      // A plugin without templates.
    }
    return names.map((name) => path.join(folder, name)).filter((file) => readFileSync(file, 'utf8').includes('templateFromMarkdown({'));
  });

  it.each(templateModules.map((file) => path.relative(REPOSITORY, file)))('%s reads its Markdown with readTemplateFile', (file) => {
    expect(readFileSync(path.join(REPOSITORY, file), 'utf8')).toMatch(/\.\.\.readTemplateFile\(import\.meta\.url, 'templates\/[^']+\.md'\)/);
  });

  it('are found in every plugin', () => {
    expect(templateModules.length).toBeGreaterThanOrEqual(13);
  });
});

describe('the core build id the schemas are keyed by', () => {
  it('ignores JavaScript files an earlier build left in dist (a build-cache restore does not clean the folder)', async () => {
    // A copy of the built core inside its package, so its imports resolve from the package's node_modules.
    const copy = await mkdtemp(path.join(REPOSITORY, 'packages/core/.stale-dist-'));
    try {
      await cp(path.join(REPOSITORY, 'packages/core/dist'), copy, { recursive: true });
      await writeFile(path.join(copy, 'chunk-FROM-AN-EARLIER-BUILD.js'), 'export const stale = 1;\n');
      const copied = (await import(pathToFileURL(path.join(copy, 'index.js')).href)) as { readTemplateFile: typeof readTemplateFile };
      const moduleUrl = new URL('../../../plugins/rfc/dist/index.js', import.meta.url);
      const fromCopy = copied.readTemplateFile(moduleUrl, 'templates/rfc-spec.md').inferred;
      expect(fromCopy).toEqual(readTemplateFile(moduleUrl, 'templates/rfc-spec.md').inferred);
      expect(fromCopy).toBeDefined();
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
