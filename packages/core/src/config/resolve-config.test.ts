import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { SpecloomConfigError } from '../errors.js';
import type { SpecloomPlugin } from '../types/plugin.js';
import type { DocumentRule } from '../types/rule.js';

// The core plugin is another engineer's work in progress: a small stand-in with two generic rules.
vi.mock('../rules/core-plugin.js', () => {
  const rule = (recommended: boolean) => ({
    meta: { type: 'problem', docs: { description: 'A core rule', recommended }, messages: { found: 'Found' } },
    create: () => ({}),
  });
  return {
    CORE_PLUGIN_NAME: 'core',
    corePlugin: { name: 'core', rules: { 'section-required': rule(true), 'heading-style': rule(false) } },
  };
});

// Inference needs the document parser; fall back to a stand-in while that is not written yet.
vi.mock('../schema/infer-schema.js', async (importOriginal) => {
  try {
    return await importOriginal();
  } catch {
    return {
      inferSchema: (markdown: string, options: { id: string }) => ({
        id: options.id,
        metadata: { style: 'bold-lines', fields: [] },
        sections: [...markdown.matchAll(/^## (.+)$/gm)].map((match) => ({ title: match[1], level: 2, required: true, children: [] })),
        placeholders: [],
      }),
    };
  }
});

const { resolveConfig } = await import('./resolve-config.js');

let root: string;

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'specloom-resolve-')));
  // Messages name the config file relative to the working directory, as a user running the CLI there sees it.
  vi.spyOn(process, 'cwd').mockReturnValue(root);
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

function documentRule(options: { recommended?: boolean; defaultSeverity?: 'warn' | 'error'; schema?: z.ZodType; defaultOptions?: unknown } = {}): DocumentRule {
  return {
    meta: {
      type: 'problem',
      docs: { description: 'Check something', recommended: options.recommended ?? true },
      defaultSeverity: options.defaultSeverity,
      schema: options.schema,
      defaultOptions: options.defaultOptions,
      messages: { found: 'Found {{thing}}' },
    },
    create: () => ({}),
  };
}

const rfcPlugin: SpecloomPlugin = {
  name: 'rfc',
  rules: {
    'decision-single': documentRule(),
    'number-format': documentRule({ defaultSeverity: 'warn' }),
    'stale-draft': documentRule({
      recommended: false,
      schema: z.object({ days: z.number().int().min(1), statuses: z.array(z.string()) }),
      defaultOptions: { days: 30, statuses: ['Draft'] },
    }),
  },
  templates: [
    {
      id: 'rfc',
      description: 'RFC',
      schema: { id: 'rfc', metadata: { style: 'bold-lines', fields: [] }, sections: [], placeholders: [] },
    },
  ],
  renderers: [{ format: 'html', render: () => '<p></p>' }],
};

const configFile = () => path.join(root, 'specloom.config.json');

async function resolve(config: unknown, builtinPlugins: SpecloomPlugin[] = [rfcPlugin]) {
  return resolveConfig(config, { rootDir: root, filePath: configFile(), builtinPlugins });
}

async function errorOf(promise: Promise<unknown>): Promise<SpecloomConfigError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpecloomConfigError);
  return error as SpecloomConfigError;
}

describe('resolveConfig: defaults', () => {
  it('loads the core plugin first, then built-in plugins, with recommended rules on', async () => {
    const config = await resolveConfig({}, { rootDir: root, builtinPlugins: [rfcPlugin] });
    expect(config.filePath).toBeUndefined();
    expect(config.rootDir).toBe(root);
    expect(config.plugins.map((plugin) => plugin.name)).toEqual(['core', 'rfc']);
    expect(config.rules.map((rule) => rule.id)).toEqual([
      'section-required',
      'heading-style',
      'rfc/decision-single',
      'rfc/number-format',
      'rfc/stale-draft',
    ]);
    expect(config.rules[2]?.plugin).toBe('rfc');
    expect(Object.fromEntries(config.ruleSettings)).toEqual({
      'section-required': { severity: 'error', options: undefined },
      'rfc/decision-single': { severity: 'error', options: undefined },
      'rfc/number-format': { severity: 'warn', options: undefined },
    });
    expect(config.templates.map((template) => template.id)).toEqual(['rfc']);
    expect(config.templateGlobs).toEqual([]);
    expect(config.renderers.map((renderer) => renderer.format)).toEqual(['html']);
    expect(config.ignores).toEqual([]);
    expect(config.settings).toEqual({});
  });

  it('passes ignores and settings through', async () => {
    const config = await resolve({ ignores: ['drafts/**'], settings: { owner: '@docs' } });
    expect(config.filePath).toBe(configFile());
    expect(config.ignores).toEqual(['drafts/**']);
    expect(config.settings).toEqual({ owner: '@docs' });
  });
});

describe('resolveConfig: shape', () => {
  it('rejects an unknown top-level key, suggesting the near one', async () => {
    const error = await errorOf(resolve({ rule: {} }));
    expect(error.message).toBe('specloom.config.json: The config has an unexpected key "rule"; did you mean "rules"?');
    expect(error.filePath).toBe(configFile());
  });

  it('lists the known keys when nothing is near', async () => {
    const error = await errorOf(resolve({ formatter: 'json' }));
    expect(error.message).toBe(
      'specloom.config.json: The config has an unexpected key "formatter"; expected "plugins", "templates", "rules", "ignores", "settings" or "limits".',
    );
  });

  it('names the key and the expected type of a wrongly typed value', async () => {
    expect((await errorOf(resolve({ ignores: 'drafts/**' }))).message).toBe(
      'specloom.config.json: "ignores" is the string "drafts/**"; expected an array of glob strings.',
    );
    expect((await errorOf(resolve({ ignores: ['a', 3] }))).message).toBe(
      'specloom.config.json: "ignores[1]" is the number 3; expected a glob string.',
    );
    expect((await errorOf(resolve({ plugins: [42] }))).message).toBe(
      'specloom.config.json: "plugins[0]" is the number 42; expected a package name, a path or a plugin object.',
    );
  });

  it('rejects a config that is not an object', async () => {
    expect((await errorOf(resolve([]))).message).toBe(
      'specloom.config.json: The config is an array; expected a config object, as returned by defineConfig({ ... }).',
    );
  });

  it('prefixes key paths with "specloom" for package.json', async () => {
    const error = await errorOf(
      resolveConfig({ rules: { placeholder: 'warning' } }, { rootDir: root, filePath: path.join(root, 'package.json'), builtinPlugins: [] }),
    );
    expect(error.message).toMatch(/^package\.json: "specloom\.rules\.placeholder" /);
  });
});

describe('resolveConfig: rules', () => {
  it('applies severities by name and number, and turns rules off', async () => {
    const config = await resolve({
      rules: { 'rfc/decision-single': 'warn', 'rfc/number-format': 0, 'heading-style': 2, 'section-required': 'off' },
    });
    expect(Object.fromEntries(config.ruleSettings)).toEqual({
      'rfc/decision-single': { severity: 'warn', options: undefined },
      'heading-style': { severity: 'error', options: undefined },
    });
  });

  it('merges configured options over the defaults and validates them', async () => {
    const config = await resolve({ rules: { 'rfc/stale-draft': ['warn', { days: 14 }] } });
    expect(config.ruleSettings.get('rfc/stale-draft')).toEqual({ severity: 'warn', options: { days: 14, statuses: ['Draft'] } });
    const withDefaults = await resolve({ rules: { 'rfc/stale-draft': ['error'] } });
    expect(withDefaults.ruleSettings.get('rfc/stale-draft')).toEqual({ severity: 'error', options: { days: 30, statuses: ['Draft'] } });
  });

  it('reports a bad severity with the accepted values', async () => {
    const error = await errorOf(resolve({ rules: { 'section-required': 'warning' } }));
    expect(error.message).toBe(
      'specloom.config.json: "rules.section-required" has an invalid severity "warning"; expected "off", "warn", "error", 0, 1 or 2 (did you mean "warn"?).',
    );
    expect((await errorOf(resolve({ rules: { 'section-required': [3, {}] } }))).message).toBe(
      'specloom.config.json: "rules.section-required" has an invalid severity 3; expected "off", "warn", "error", 0, 1 or 2.',
    );
  });

  it('rejects an array setting of the wrong length', async () => {
    expect((await errorOf(resolve({ rules: { 'section-required': ['warn', {}, {}] } }))).message).toBe(
      'specloom.config.json: "rules.section-required" is an array of 3 items; expected a severity or [severity, options].',
    );
  });

  it('reports options that fail the rule schema, naming the rule and what was expected', async () => {
    const error = await errorOf(resolve({ rules: { 'rfc/stale-draft': ['warn', { days: 'soon' }] } }));
    expect(error.message).toBe(
      'specloom.config.json: "rules.rfc/stale-draft" has invalid options for rule "rfc/stale-draft": option "days" is the string "soon"; expected a number.',
    );
    const tooSmall = await errorOf(resolve({ rules: { 'rfc/stale-draft': ['warn', { days: 0 }] } }));
    expect(tooSmall.message).toContain('option "days" is the number 0; too small: expected number to be >=1');
    const notObject = await errorOf(resolve({ rules: { 'rfc/stale-draft': ['warn', 'daily'] } }));
    expect(notObject.message).toContain('"rfc/stale-draft": the options value is the string "daily"; expected an object.');
  });

  it('suggests the closest rule id for an unknown one', async () => {
    expect((await errorOf(resolve({ rules: { 'rfc/decision-singel': 'error' } }))).message).toBe(
      'specloom.config.json: "rules.rfc/decision-singel" names an unknown rule; did you mean "rfc/decision-single"?',
    );
    // The prefix forgotten: the rule name alone finds it.
    expect((await errorOf(resolve({ rules: { 'decision-single': 'error' } }))).message).toContain(
      'did you mean "rfc/decision-single"?',
    );
    // Core rules are unprefixed.
    expect((await errorOf(resolve({ rules: { 'core/section-required': 'error' } }))).message).toContain(
      'did you mean "section-required"?',
    );
  });

  it('says when an unknown rule belongs to a plugin that is not loaded', async () => {
    expect((await errorOf(resolve({ rules: { 'acme/owner-required': 'error' } }))).message).toBe(
      'specloom.config.json: "rules.acme/owner-required" names a rule of plugin "acme", which is not loaded; expected a rule of a loaded plugin, or "acme" added to "plugins".',
    );
    expect((await errorOf(resolve({ rules: { zzz: 'error' } }))).message).toBe(
      'specloom.config.json: "rules.zzz" names an unknown rule; expected the id of a rule of a loaded plugin ("core" or "rfc").',
    );
  });
});

describe('resolveConfig: plugins', () => {
  const acmeSource = `export default {
  name: 'acme',
  docsUrl: 'https://acme.example/rules',
  rules: {
    'owner-required': {
      meta: { type: 'problem', docs: { description: 'Require an owner', recommended: true }, messages: { missing: 'Missing owner' } },
      create: () => ({}),
    },
  },
};
`;

  it('loads a plugin package installed in node_modules (ESM-only, with exports)', async () => {
    write(
      'node_modules/specloom-plugin-acme/package.json',
      JSON.stringify({ name: 'specloom-plugin-acme', type: 'module', exports: { '.': { import: './dist/index.js' } } }),
    );
    write('node_modules/specloom-plugin-acme/dist/index.js', acmeSource);
    const config = await resolve({ plugins: ['specloom-plugin-acme'], rules: { 'acme/owner-required': 'warn' } });
    expect(config.plugins.map((plugin) => plugin.name)).toEqual(['core', 'rfc', 'acme']);
    expect(config.ruleSettings.get('acme/owner-required')).toEqual({ severity: 'warn', options: undefined });
  });

  it('loads a plugin by a path relative to the config folder, from a `plugin` export', async () => {
    write('tools/acme.mjs', acmeSource.replace('export default', 'export const plugin ='));
    const config = await resolve({ plugins: ['./tools/acme.mjs'] });
    expect(config.rules.map((rule) => rule.id)).toContain('acme/owner-required');
    expect(config.ruleSettings.get('acme/owner-required')).toEqual({ severity: 'error', options: undefined });
  });

  it('takes plugin objects as given', async () => {
    const acme: SpecloomPlugin = { name: 'acme', rules: { 'owner-required': documentRule({ recommended: false }) } };
    const config = await resolve({ plugins: [acme] });
    expect(config.plugins[2]).toBe(acme);
    expect(config.ruleSettings.has('acme/owner-required')).toBe(false);
  });

  it('skips a config entry that is the very plugin object already built in', async () => {
    const config = await resolve({ plugins: [rfcPlugin] });
    expect(config.plugins.map((plugin) => plugin.name)).toEqual(['core', 'rfc']);
  });

  it('reports a plugin package that cannot be found, naming the config file and the entry', async () => {
    const error = await errorOf(resolve({ plugins: ['specloom-plugin-missing'] }));
    expect(error.message).toBe(
      `specloom.config.json: "plugins[0]" ("specloom-plugin-missing") cannot be found from ${root}; expected an installed package name or a path such as "./plugin.js".`,
    );
    expect(error.filePath).toBe(configFile());
  });

  it('reports a plugin path that does not exist', async () => {
    const error = await errorOf(resolve({ plugins: ['./plugins/acme.js'] }));
    expect(error.message).toBe(
      `specloom.config.json: "plugins[0]" ("./plugins/acme.js") cannot be found (looked for ${path.join(root, 'plugins/acme.js')}); expected a plugin file relative to the config file.`,
    );
  });

  it('reports a plugin module that throws while loading', async () => {
    write('broken.mjs', "throw new Error('acme plugin needs ACME_TOKEN');\n");
    expect((await errorOf(resolve({ plugins: ['./broken.mjs'] }))).message).toBe(
      'specloom.config.json: "plugins[0]" ("./broken.mjs") cannot be loaded: acme plugin needs ACME_TOKEN.',
    );
  });

  it('reports wrong-shaped plugins with the offending key', async () => {
    write('nameless.mjs', 'export default { rules: {} };\n');
    expect((await errorOf(resolve({ plugins: ['./nameless.mjs'] }))).message).toBe(
      'specloom.config.json: "plugins[0]" ("./nameless.mjs") is not a valid specloom plugin: "name" is missing; expected a non-empty string.',
    );
    const noCreate = { name: 'acme', rules: { 'owner-required': { meta: documentRule().meta } } };
    expect((await errorOf(resolve({ plugins: [noCreate] }))).message).toBe(
      'specloom.config.json: "plugins[0]" (plugin object "acme") is not a valid specloom plugin: "rules.owner-required" has no "create" function (nor "collect" and "check"); expected a rule { meta, create } or { meta, collect, check }.',
    );
    const badTemplate = { name: 'acme', templates: [{ description: 'ADR', schema: {} }] };
    expect((await errorOf(resolve({ plugins: [badTemplate] }))).message).toBe(
      'specloom.config.json: "plugins[0]" (plugin object "acme") is not a valid specloom plugin: "templates[0].id" is missing; expected a non-empty string.',
    );
    const noSchema = { name: 'acme', templates: [{ id: 'adr', description: 'ADR' }] };
    expect((await errorOf(resolve({ plugins: [noSchema] }))).message).toContain('"templates[0].schema" is missing; expected a DocumentSchema object.');
    const badFamily = {
      name: 'p',
      templates: [{ id: 't', description: 'T', schema: { id: 't', metadata: { style: 'bold-lines', fields: [] }, sections: [], placeholders: [], idFamilies: [{ name: 'adr', pattern: 'ADR-\\d{4}', find: 'ADR-(\\d+', scope: 'workspace', sequential: false }] } }],
    };
    expect((await errorOf(resolve({ plugins: [badFamily] }))).message).toContain(
      '"templates[0].schema.idFamilies[0].find" is the string "ADR-(\\\\d+"; expected a RegExp source that compiles with the u flag (Unterminated group)',
    );
  });

  it('accepts workspace rules ({ meta, collect, check })', async () => {
    const workspaceRule = { meta: { ...documentRule().meta, scope: 'workspace' as const }, collect: () => undefined, check: () => {} };
    const config = await resolve({ plugins: [{ name: 'acme', rules: { 'id-unique': workspaceRule } }] });
    expect(config.ruleSettings.get('acme/id-unique')).toEqual({ severity: 'error', options: undefined });
    // Without `scope: 'workspace'` the engine would run it as a document rule.
    const unscoped = { meta: documentRule().meta, collect: () => undefined, check: () => {} };
    expect((await errorOf(resolve({ plugins: [{ name: 'acme', rules: { 'id-unique': unscoped } }] }))).message).toContain(
      '"rules.id-unique.meta.scope" is missing; expected "workspace" for a rule with "collect" and "check".',
    );
  });

  it('lets a config plugin named as a built-in one replace it, and rejects any other repeated name', async () => {
    // The built-in object listed again is skipped; another copy (a newer install, a plugin's source) replaces it.
    expect((await resolve({ plugins: [rfcPlugin] })).plugins).toEqual((await resolve({})).plugins);
    const replacement = { name: 'rfc', templates: rfcPlugin.templates, rules: { 'decision-single': rfcPlugin.rules!['decision-single'] } };
    const replaced = await resolve({ plugins: [replacement] });
    expect(replaced.plugins.map((plugin) => plugin.name)).toEqual(['core', 'rfc']);
    expect(replaced.plugins[1]).toBe(replacement);
    expect(replaced.rules.filter((loaded) => loaded.plugin === 'rfc').map((loaded) => loaded.id)).toEqual(['rfc/decision-single']);

    const twice = await errorOf(resolve({ plugins: [{ name: 'acme' }, { name: 'acme' }] }));
    expect(twice.message).toContain('"plugins[1]" (plugin object "acme") is named "acme", as is "plugins[0]" (plugin object "acme")');
    const replacedTwice = await errorOf(resolve({ plugins: [replacement, { name: 'rfc' }] }));
    expect(replacedTwice.message).toContain('"plugins[1]" (plugin object "rfc") is named "rfc", as is "plugins[0]" (plugin object "rfc")');
    expect((await errorOf(resolve({ plugins: [{ name: 'core' }] }))).message).toContain(
      'is named "core", as is the core plugin; expected each plugin name once',
    );
  });

  it('rejects two plugins defining the same template id', async () => {
    const error = await errorOf(resolve({ plugins: [{ name: 'acme', templates: rfcPlugin.templates }] }));
    expect(error.message).toBe(
      'specloom.config.json: Plugin "acme" defines template "rfc", as does plugin "rfc"; expected unique template ids.',
    );
  });
});

describe('resolveConfig: templates', () => {
  it('maps globs to known template ids, in order', async () => {
    const config = await resolve({ templates: { 'docs/rfcs/**/*.md': 'rfc', 'legacy/*.md': 'rfc' } });
    expect(config.templateGlobs).toEqual([
      { glob: 'docs/rfcs/**/*.md', templateId: 'rfc' },
      { glob: 'legacy/*.md', templateId: 'rfc' },
    ]);
  });

  it('compiles a template Markdown file into a template named after the file', async () => {
    const templatePath = write(
      'templates/acme-adr.md',
      '# ADR: [Title]\n\n**Status**: Proposed | Accepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n',
    );
    const config = await resolve({ templates: { 'docs/adr/*.md': './templates/acme-adr.md', 'old/*.md': 'acme-adr' } });
    const template = config.templates.find((candidate) => candidate.id === 'acme-adr');
    expect(template).toMatchObject({ id: 'acme-adr', source: templatePath, schema: { id: 'acme-adr' } });
    expect(template?.detect).toBeUndefined();
    expect(template?.schema.sections.map((section) => section.title)).toEqual(['Context', 'Decision']);
    expect(config.templateGlobs).toEqual([
      { glob: 'docs/adr/*.md', templateId: 'acme-adr' },
      { glob: 'old/*.md', templateId: 'acme-adr' },
    ]);
  });

  it('reports a template Markdown file that does not exist', async () => {
    const error = await errorOf(resolve({ templates: { 'docs/adr/*.md': 'templates/adr.md' } }));
    expect(error.message).toBe(
      `specloom.config.json: "templates.docs/adr/*.md" names template file "templates/adr.md", which does not exist (looked for ${path.join(root, 'templates/adr.md')}); expected a template Markdown file relative to the config file.`,
    );
  });

  it('reports an unknown template id, suggesting a near one', async () => {
    expect((await errorOf(resolve({ templates: { 'docs/*.md': 'rfcs' } }))).message).toBe(
      'specloom.config.json: "templates.docs/*.md" names an unknown template "rfcs"; did you mean "rfc"?',
    );
    expect((await errorOf(resolve({ templates: { 'docs/*.md': 'product' } }))).message).toBe(
      'specloom.config.json: "templates.docs/*.md" names an unknown template "product"; expected one of "rfc" or the path of a template Markdown file (ending in .md).',
    );
  });

  it('rejects a template file whose name is an existing template id', async () => {
    write('templates/rfc.md', '# SPEC [NNNN]: [Title]\n\n## Summary\n');
    const error = await errorOf(resolve({ templates: { 'docs/*.md': './templates/rfc.md' } }));
    expect(error.message).toContain('"templates.docs/*.md" names template file "./templates/rfc.md", whose id "rfc" is already used by plugin "rfc"');
  });
});
