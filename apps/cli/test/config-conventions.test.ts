import { mkdir, readFile, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configJsonSchema, resolveConfig } from '@specloom/core/host';
import { builtinPlugins } from '../src/builtin-plugins.js';
import { Project, runCli } from './cli-harness.js';

const RFC_PATH = 'docs/rfc/0007-billing-webhooks.md';
/** `Status: done` is not one of the RFC's statuses: a `metadata-enum` error unless a config lowers it. */
const withBadStatus = (text: string) => text.replace('**Status**: review', '**Status**: done');

/** The shipped schema, found as a user's tooling finds it: through the package's exports map. */
const schemaPath = createRequire(import.meta.url).resolve('specloom/config.schema.json');

function readJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: false });
  expect(errors).toEqual([]);
  return value;
}

/** The README's `specloom.config.json` examples: what users copy. */
async function readmeConfigExamples(): Promise<string[]> {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```jsonc?\n(\/\/ specloom\.config\.json\n[\s\S]*?)```/gu)].map((match) => match[1]!);
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
  await project.copyFixture('rfc-0007-billing-webhooks.md', RFC_PATH, withBadStatus);
});

afterEach(async () => {
  await project.remove();
});

describe('config file types', () => {
  it.each([
    ['specloom.config.cjs', "module.exports = { rules: { 'metadata-enum': 'warn' } };\n"],
    ['specloom.config.cts', "const severity: 'warn' = 'warn';\nmodule.exports = { rules: { 'metadata-enum': severity } };\n"],
    ['specloom.config.mts', "const severity: 'warn' = 'warn';\nexport default { rules: { 'metadata-enum': severity } };\n"],
  ])('%s is found and loaded', async (name, source) => {
    // An ESM package, where `.js` would be ESM: `.cjs` is how CommonJS configs are written there.
    await project.write('package.json', JSON.stringify({ name: 'docs', type: 'module' }));
    await project.write(name, source);
    const run = await project.run(['lint', RFC_PATH]);
    expect(run.stdout).toMatch(/warning\s+Unexpected value "done" for "Status".*metadata-enum/u);
    expect(run.exitCode).toBe(0);
  });

  it('a config module imports defineConfig from specloom, the one package users install', async () => {
    // As `pnpm add -D specloom` leaves it: only specloom in node_modules, its dependencies out of reach.
    await mkdir(project.path('node_modules'));
    await symlink(fileURLToPath(new URL('..', import.meta.url)), project.path('node_modules/specloom'), 'dir');
    await project.write(
      'specloom.config.mjs',
      "import { defineConfig } from 'specloom';\n\nexport default defineConfig({ rules: { 'metadata-enum': 'warn' } });\n",
    );
    const run = await project.run(['lint', RFC_PATH]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/warning\s+Unexpected value "done" for "Status".*metadata-enum/u);
    expect(run.exitCode).toBe(0);
  });

  it('two config files in one folder are an error naming both, not a silent choice', async () => {
    await project.write('specloom.config.cjs', 'module.exports = {};\n');
    await project.write('specloom.config.json', '{}\n');
    const run = await project.run(['lint', RFC_PATH]);
    expect(run.stderr).toBe(
      `specloom: Unexpected 2 config files in ${project.root}: specloom.config.cjs, specloom.config.json; expected one (merge them or delete all but one)\n`,
    );
    expect(run.exitCode).toBe(2);
  });
});

describe('specloom.config.json', () => {
  it('accepts "$schema" and comments', async () => {
    await project.write(
      'specloom.config.json',
      [
        '{',
        '  "$schema": "./node_modules/specloom/dist/config.schema.json",',
        '  // Statuses are checked in review, not here.',
        '  "rules": { "metadata-enum": "warn" /* for now */ }',
        '}',
        '',
      ].join('\n'),
    );
    const run = await project.run(['lint', RFC_PATH]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/warning\s+Unexpected value "done" for "Status".*metadata-enum/u);
    expect(run.exitCode).toBe(0);
  });

  it('reports a syntax error with the file, line and column', async () => {
    await project.write('specloom.config.json', '{\n  // rules\n  "rules": { "metadata-enum": "warn", },\n}\n');
    const run = await project.run(['lint', RFC_PATH]);
    expect(run.stderr).toBe(
      'specloom: specloom.config.json:3:39: Invalid JSON: Unexpected "}", expected a double-quoted property name.\n',
    );
    expect(run.exitCode).toBe(2);
  });
});

describe('the config JSON Schema (specloom/config.schema.json)', () => {
  it('is generated from the current validator and lists every rule', async () => {
    const shipped = JSON.parse(await readFile(schemaPath, 'utf8')) as { properties: { rules: { properties: object } } };
    const zeroConfig = await resolveConfig({}, { rootDir: project.root, builtinPlugins });
    expect(shipped).toEqual(configJsonSchema(zeroConfig.rules));

    const listed = JSON.parse((await project.run(['rules', '--format', 'json'])).stdout) as Array<{ id: string }>;
    expect(Object.keys(shipped.properties.rules.properties).sort()).toEqual(listed.map((rule) => rule.id).sort());
  });

  it('accepts what specloom accepts, and rejects what it rejects', async () => {
    const validate = new Ajv({ strictTuples: false }).compile(JSON.parse(await readFile(schemaPath, 'utf8')));
    const examples = await readmeConfigExamples();
    expect(examples.length).toBeGreaterThan(0);
    const valid = [
      ...examples,
      '{ "settings": { "products": { "Station": "S" }, "reservedIds": [42, "SPEC 0042"] }, "limits": { "maxNestingDepth": 200 } }',
      // Rules of a user's plugins are not in the schema (it lists the built-in ones), so any id is a rule setting there.
      '{ "rules": { "section-order": ["warn"], "placeholder": 0 } }',
    ];
    const invalid = [
      '{ "rules": { "placeholder": "warning" } }',
      '{ "rules": { "metadata-date-order": ["error", { "futureField": [] }] } }',
      '{ "ignore": ["drafts/**"] }',
      '{ "limits": { "maxNestingDepth": 0 } }',
      '{ "settings": { "products": { "Station": "station" } } }',
    ];
    const cases = [...valid.map((text) => ({ text, expected: true })), ...invalid.map((text) => ({ text, expected: false }))];
    const outcomes = await Promise.all(
      cases.map(async ({ text }, index) => {
        // One folder per case, so the CLI runs can go in parallel: the config is found from each folder.
        await project.write(`case-${index}/specloom.config.json`, text);
        await project.copyFixture('rfc-0007-billing-webhooks.md', `case-${index}/${RFC_PATH}`, withBadStatus);
        const run = await runCli(['lint', RFC_PATH, '--format', 'json'], project.path(`case-${index}`));
        return { text, schema: validate(readJsonc(text)), specloom: run.exitCode !== 2 };
      }),
    );
    expect(outcomes).toEqual(cases.map(({ text, expected }) => ({ text, schema: expected, specloom: expected })));
  });
});
