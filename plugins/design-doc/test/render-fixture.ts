import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, resolveConfig, selectRenderer, type ResolvedConfig, type SpecDocumentJson } from '@specloom/core';
import { designDocPlugin } from '../src/index.js';
import type { DesignDocJson } from '../src/renderers/index.js';

let config: Promise<ResolvedConfig> | undefined;

/**
 * Render a text as `specloom render --to <format>` does with this plugin loaded: parse, detect the template,
 * pick the renderer the plugin registered, render.
 */
export async function renderDesignDoc(text: string, format: 'html' | 'json', filePath = 'docs/design/spec.md'): Promise<string> {
  config ??= resolveConfig({}, { rootDir: path.resolve(import.meta.dirname, '..'), builtinPlugins: [designDocPlugin] });
  const resolved = await config;
  const document = createEngine(resolved).parse({ text, filePath });
  const renderer = selectRenderer(resolved.renderers, document.template, format);
  if (!renderer) throw new Error(`No ${format} renderer for template ${document.template}`);
  return renderer.render(document, { today: '2026-11-22', template: resolved.templates.find((template) => template.id === document.template) });
}

export async function renderDesignDocJson(text: string): Promise<SpecDocumentJson & { designDoc: DesignDocJson }> {
  return JSON.parse(await renderDesignDoc(text, 'json')) as SpecDocumentJson & { designDoc: DesignDocJson };
}

/** A fixture's text: `valid/approved-feature-flag-service.md`. */
export function designDocFixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** The text with `from` replaced by `to`; throws when `from` is not in it, so an edit cannot silently miss. */
export function edited(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The text does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
