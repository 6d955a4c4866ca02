import { mkdirSync, mkdtempSync, realpathSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpecloomConfigError } from '../errors.js';
import type { SpecloomPlugin } from '../types/plugin.js';

// The core plugin is another engineer's work in progress: a stand-in with one recommended rule.
vi.mock('../rules/core-plugin.js', () => ({
  CORE_PLUGIN_NAME: 'core',
  corePlugin: {
    name: 'core',
    rules: {
      'section-required': {
        meta: { type: 'problem', docs: { description: 'Require sections', recommended: true }, messages: { missing: 'Missing' } },
        create: () => ({}),
      },
    },
  },
}));

// Template inference needs the document parser, not written yet: stand in only while it fails to load.
vi.mock('../schema/infer-schema.js', async (importOriginal) => {
  try {
    return await importOriginal();
  } catch {
    return { inferSchema: () => ({}) };
  }
});

const { findConfigFile, loadConfig } = await import('./load-config.js');

const rfcPlugin: SpecloomPlugin = {
  name: 'rfc',
  rules: {
    'decision-single': {
      meta: { type: 'problem', docs: { description: 'One decision', recommended: true }, messages: { many: 'Many' } },
      create: () => ({}),
    },
  },
};

let root: string;

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'specloom-load-')));
  vi.spyOn(process, 'cwd').mockReturnValue(root);
  // Like a real project: ESM package, no specloom key (so package.json alone is not a config).
  write('package.json', JSON.stringify({ name: 'docs', type: 'module' }, null, 2));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function write(relativePath: string, text: string): string {
  const filePath = path.join(root, relativePath);
  mkdirSync(path.dirname(filePath), { recursive: true });
  writeFileSync(filePath, text);
  return filePath;
}

function folder(relativePath: string): string {
  const directory = path.join(root, relativePath);
  mkdirSync(directory, { recursive: true });
  return directory;
}

const load = (cwd: string, configFile?: string) => loadConfig({ cwd, configFile, builtinPlugins: [rfcPlugin] });

async function errorOf(promise: Promise<unknown>): Promise<SpecloomConfigError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpecloomConfigError);
  return error as SpecloomConfigError;
}

describe('loadConfig: zero config', () => {
  it('uses every built-in plugin with its recommended rules, rooted at cwd', async () => {
    const cwd = folder('docs/specs');
    const config = await load(cwd);
    expect(config.filePath).toBeUndefined();
    expect(config.rootDir).toBe(cwd);
    expect(config.plugins.map((plugin) => plugin.name)).toEqual(['core', 'rfc']);
    expect([...config.ruleSettings.keys()]).toEqual(['section-required', 'rfc/decision-single']);
  });
});

describe('loadConfig: upward search', () => {
  it('finds specloom.config.js in a folder above cwd', async () => {
    const filePath = write('specloom.config.js', "export default { rules: { 'rfc/decision-single': 'warn' } };\n");
    const config = await load(folder('docs/specs/2025'));
    expect(config.filePath).toBe(filePath);
    expect(config.rootDir).toBe(root);
    expect(config.ruleSettings.get('rfc/decision-single')?.severity).toBe('warn');
  });

  it('finds specloom.config.mjs', async () => {
    const filePath = write('docs/specloom.config.mjs', "export default { ignores: ['drafts/**'] };\n");
    const config = await load(folder('docs/specs'));
    expect(config.filePath).toBe(filePath);
    expect(config.rootDir).toBe(path.join(root, 'docs'));
    expect(config.ignores).toEqual(['drafts/**']);
  });

  it('finds specloom.config.ts and compiles it', async () => {
    const filePath = write(
      'specloom.config.ts',
      [
        "type Severity = 'off' | 'warn' | 'error';",
        "const severity: Severity = 'off';",
        'export default { rules: { "section-required": severity } satisfies Record<string, Severity> };',
        '',
      ].join('\n'),
    );
    const config = await load(folder('docs'));
    expect(config.filePath).toBe(filePath);
    expect(config.ruleSettings.has('section-required')).toBe(false);
  });

  it('finds specloom.config.mts', async () => {
    write('specloom.config.mts', "const ignores: string[] = ['tmp/**'];\nexport default { ignores };\n");
    expect((await load(root)).ignores).toEqual(['tmp/**']);
  });

  it('finds specloom.config.cjs (CommonJS) in an ESM package', async () => {
    const filePath = write('specloom.config.cjs', "module.exports = { rules: { 'section-required': 'off' } };\n");
    const config = await load(folder('docs'));
    expect(config.filePath).toBe(filePath);
    expect(config.ruleSettings.has('section-required')).toBe(false);
  });

  it('finds specloom.config.cts', async () => {
    write('specloom.config.cts', "const ignores: string[] = ['tmp/**'];\nmodule.exports = { ignores };\n");
    expect((await load(root)).ignores).toEqual(['tmp/**']);
  });

  it('reads comments and "$schema" in specloom.config.json', async () => {
    write(
      'specloom.config.json',
      [
        '{',
        '  "$schema": "./node_modules/specloom/dist/config.schema.json",',
        '  // Drafts are linted before review only.',
        '  "ignores": ["drafts/**"], /* for now */',
        '  "rules": { "section-required": "warn" }',
        '}',
        '',
      ].join('\n'),
    );
    const config = await load(root);
    expect(config.ignores).toEqual(['drafts/**']);
    expect(config.ruleSettings.get('section-required')?.severity).toBe('warn');
  });

  it('finds specloom.config.json', async () => {
    const filePath = write('specloom.config.json', '{ "settings": { "owner": "@docs" } }\n');
    const config = await load(folder('a/b'));
    expect(config.filePath).toBe(filePath);
    expect(config.settings).toEqual({ owner: '@docs' });
  });

  it('finds the "specloom" key of package.json, skipping package.json files without it', async () => {
    const filePath = write('package.json', JSON.stringify({ name: 'docs', type: 'module', specloom: { ignores: ['old/**'] } }));
    write('docs/package.json', JSON.stringify({ name: 'inner', dependencies: { specloom: '^1.0.0' } }));
    const config = await load(folder('docs'));
    expect(config.filePath).toBe(filePath);
    expect(config.ignores).toEqual(['old/**']);
  });

  it('refuses two config files in one folder rather than picking one silently', async () => {
    write('package.json', JSON.stringify({ type: 'module', specloom: {} }));
    expect(findConfigFile(root)).toBe(path.join(root, 'package.json'));
    write('specloom.config.json', '{}');
    write('specloom.config.mjs', 'export default {};');
    expect(() => findConfigFile(root)).toThrow(
      `Unexpected 3 config files in ${root}: specloom.config.mjs, specloom.config.json, package.json; expected one (merge them or delete all but one)`,
    );
    await expect(load(root)).rejects.toThrow(SpecloomConfigError);
  });

  it('reports a package.json that is not valid JSON instead of ignoring it', async () => {
    write('package.json', '{ "name": "docs", specloom: { "ignores": [] } }');
    await expect(load(root)).rejects.toThrow(/^package\.json:1:19: Invalid JSON: /u);
  });

  it('prefers the nearest folder, whatever the file kind', async () => {
    write('specloom.config.js', 'export default {};');
    const nearer = write('docs/package.json', JSON.stringify({ specloom: {} }));
    expect(findConfigFile(folder('docs/specs'))).toBe(nearer);
    // Searching from a file starts in its folder.
    expect(findConfigFile(write('docs/specs/rfc-1.md', '# SPEC 0001: One\n'))).toBe(nearer);
  });
});

describe('loadConfig: configFile', () => {
  it('loads the given file relative to cwd instead of searching', async () => {
    write('specloom.config.json', '{ "ignores": ["found/**"] }');
    const filePath = write('config/ci.specloom.json', '{ "ignores": ["given/**"] }');
    const config = await load(root, 'config/ci.specloom.json');
    expect(config.filePath).toBe(filePath);
    expect(config.rootDir).toBe(path.join(root, 'config'));
    expect(config.ignores).toEqual(['given/**']);
  });

  it('names a missing config file', async () => {
    const error = await errorOf(load(root, 'specloom.ci.json'));
    expect(error.message).toBe(`Cannot find config file "specloom.ci.json" (looked for ${path.join(root, 'specloom.ci.json')}).`);
  });

  it('rejects a package.json without a "specloom" key when given explicitly', async () => {
    expect((await errorOf(load(root, 'package.json'))).message).toBe(
      'package.json: Missing "specloom" key; expected the specloom config under it.',
    );
  });

  it('rejects a file type it cannot load', async () => {
    write('specloom.config.yaml', 'rules: {}\n');
    expect((await errorOf(load(root, 'specloom.config.yaml'))).message).toBe(
      'specloom.config.yaml: Unexpected config file type ".yaml", expected .js, .mjs, .cjs, .ts, .mts, .cts or .json.',
    );
  });
});

describe('loadConfig: broken config files', () => {
  it('reports a JSON syntax error with the file, line and column', async () => {
    write('specloom.config.json', '{\n  "rules": {\n    "section-required": "warn",\n  }\n}\n');
    const error = await errorOf(load(root));
    expect(error.message).toBe(
      'specloom.config.json:4:3: Invalid JSON: Unexpected "}", expected a double-quoted property name.',
    );
    expect(error.filePath).toBe(path.join(root, 'specloom.config.json'));
  });

  it('reports an unfinished JSON file at its end', async () => {
    write('specloom.config.json', '{\n  "ignores": ["a"\n');
    expect((await errorOf(load(root))).message).toBe('specloom.config.json:3:1: Invalid JSON: Unexpected end of file, expected "]".');
  });

  it('reports an unclosed comment in specloom.config.json at its start', async () => {
    write('specloom.config.json', '{\n  /* drafts\n  "ignores": ["drafts/**"]\n}\n');
    expect((await errorOf(load(root))).message).toBe(
      'specloom.config.json:2:3: Invalid JSON: Unexpected comment, expected "*/" closing the comment.',
    );
  });

  it('reports a comment in package.json, which npm reads as plain JSON', async () => {
    write('package.json', '{\n  // docs\n  "specloom": {}\n}\n');
    expect((await errorOf(load(root))).message).toBe('package.json:2:3: Invalid JSON: Unexpected comment, expected plain JSON without comments.');
  });

  it('reports a syntax error in a package.json that holds the config', async () => {
    write('package.json', '{ "name": "docs", "specloom": { "ignores": [] }, }');
    expect((await errorOf(load(root))).message).toBe(
      'package.json:1:50: Invalid JSON: Unexpected "}", expected a double-quoted property name.',
    );
  });

  it('reports a config module that throws, without a stack trace', async () => {
    write('specloom.config.mjs', "import missing from './does-not-exist.mjs';\nexport default missing;\n");
    const error = await errorOf(load(root));
    expect(error.message).toMatch(/^specloom\.config\.mjs: Cannot load the config file: .*does-not-exist\.mjs/);
    expect(error.message).not.toContain('\n');
  });

  it('validates what the file holds, naming the file and key', async () => {
    write('specloom.config.json', '{ "rules": { "section-required": "warning" } }');
    expect((await errorOf(load(root))).message).toBe(
      'specloom.config.json: "rules.section-required" has an invalid severity "warning"; expected "off", "warn", "error", 0, 1 or 2 (did you mean "warn"?).',
    );
  });

  it('picks up an edited config file in the same process', async () => {
    const filePath = write('specloom.config.mjs', "export default { ignores: ['first/**'] };\n");
    expect((await load(root)).ignores).toEqual(['first/**']);
    writeFileSync(filePath, "export default { ignores: ['second/**'] };\n");
    const later = new Date(Date.now() + 5_000);
    utimesSync(filePath, later, later);
    expect((await load(root)).ignores).toEqual(['second/**']);
  });
});
