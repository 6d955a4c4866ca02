import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from './cli-harness.js';

/**
 * What a run loads is most of what it costs to start (node compiles every module it loads): dependencies only
 * some commands or documents need are loaded on first use. A preload records every module the CLI imports or
 * requires, so a static import that brings one back into every start-up fails here.
 */
const RECORD_LOADS = `
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
const log = process.env.SPECLOOM_TEST_LOAD_LOG;
const load = Module._load;
Module._load = function (request, ...rest) { appendFileSync(log, 'require ' + request + '\\n'); return load.call(this, request, ...rest); };
const hook = "import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { appendFileSync(" + JSON.stringify(log) + ", 'import ' + url + '\\\\n'); return next(url, context); }";
register('data:text/javascript,' + encodeURIComponent(hook));
`;

/** Loaded on first use: HTML pages, slugs, TypeScript configs, plugin packages, shard reports, design-doc front matter. */
const ON_FIRST_USE = ['remark-rehype', 'rehype-sanitize', 'rehype-stringify', '@sindresorhus/slugify', 'jiti', 'import-meta-resolve', 'devalue', 'ajv'];

const DESIGN_DOC = fileURLToPath(new URL('../../../examples/design-doc/notification-service.md', import.meta.url));

let project: Project;
beforeEach(async () => {
  project = await Project.create();
  await project.write('record-loads.mjs', RECORD_LOADS);
});
afterEach(() => project.remove());

let runs = 0;

async function loadedBy(args: string[]): Promise<string> {
  const log = project.path(`loads-${++runs}.log`);
  const run = await project.run(args, { NODE_OPTIONS: `--import=${project.path('record-loads.mjs')}`, SPECLOOM_TEST_LOAD_LOG: log });
  expect(run.stderr).not.toContain('Error');
  return readFile(log, 'utf8');
}

function loadedPackages(log: string): string[] {
  return ON_FIRST_USE.filter((name) => log.includes(`/node_modules/${name}/`) || log.includes(`require ${name}\n`));
}

describe('modules loaded at start-up', () => {
  it('linting an RFC and a product spec loads no HTML, slug, TypeScript-config, plugin-resolution, shard or ajv code', async () => {
    await project.copyFixture('rfc-0007-billing-webhooks.md', 'docs/rfc-0007-billing-webhooks.md');
    await project.copyFixture('prd-billing-notifications.md', 'docs/prd-billing-notifications.md');
    const log = await loadedBy(['lint', 'docs']);
    expect(log).toMatch(/\/core\/dist\/host\.js\n/);
    expect(loadedPackages(log)).toEqual([]);
    // The engine bundles zod and plugins define their options with its `z`: no second copy loads.
    expect(log).not.toMatch(/\/node_modules\/zod\//);
  });

  it('rendering HTML loads the HTML stack and slugs, and a design doc loads ajv for its front matter', async () => {
    await project.copyFixture('rfc-0007-billing-webhooks.md', 'docs/rfc-0007-billing-webhooks.md');
    expect(loadedPackages(await loadedBy(['render', 'docs/rfc-0007-billing-webhooks.md', '--to', 'html', '-o', 'site']))).toEqual(
      expect.arrayContaining(['remark-rehype', 'rehype-sanitize', 'rehype-stringify', '@sindresorhus/slugify']),
    );
    await project.write('design/notification-service.md', await readFile(DESIGN_DOC, 'utf8'));
    expect(loadedPackages(await loadedBy(['lint', 'design']))).toEqual(['ajv']);
  });
});
