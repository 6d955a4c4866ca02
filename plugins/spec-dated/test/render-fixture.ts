import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderContext, ResolvedConfig, SpecDocument } from '@specloom/core';
import { createEngine } from '@specloom/core/host';
import { specDatedPlugin } from '../src/plugin.js';

const fixturesDir = path.join(import.meta.dirname, 'fixtures');

/** The plugin's templates, detected as in real runs; no rules (rendering needs none). */
const config: ResolvedConfig = {
  rootDir: process.cwd(),
  plugins: [specDatedPlugin],
  templates: specDatedPlugin.templates ?? [],
  templateGlobs: [],
  rules: [],
  ruleSettings: new Map(),
  renderers: specDatedPlugin.renderers ?? [],
  ignores: [],
  settings: {},
};
const engine = createEngine(config);

/** A fixture's text by its path under `test/fixtures` (`valid/SPEC-….md`). */
export function fixtureText(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

/** A text parsed as the CLI parses it, with the render context the CLI passes (its template, a fixed today). */
export function parsed(text: string, filePath = 'spec.md'): { document: SpecDocument; context: RenderContext } {
  const document = engine.parse({ text, filePath });
  const template = config.templates.find((candidate) => candidate.id === document.template);
  return { document, context: { today: '2026-11-22', ...(template ? { template } : {}) } };
}

/** A fixture parsed for rendering. */
export function parsedFixture(name: string): { document: SpecDocument; context: RenderContext } {
  return parsed(fixtureText(name), name);
}
