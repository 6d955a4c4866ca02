import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, resolveConfig, selectRenderer, type ResolvedConfig, type SpecDocumentJson } from '@specloom/core';
import { rfcPlugin } from '../src/index.js';
import type { RfcJson } from '../src/renderers/index.js';

let config: Promise<ResolvedConfig> | undefined;

/**
 * Render a text as `specloom render --to <format>` does with this plugin loaded: parse, detect the template,
 * pick the renderer the plugin registered, render.
 */
export async function renderRfc(text: string, format: 'html' | 'json', filePath = 'docs/rfcs/spec.md'): Promise<string> {
  config ??= resolveConfig({}, { rootDir: path.resolve(import.meta.dirname, '..'), builtinPlugins: [rfcPlugin] });
  const resolved = await config;
  const document = createEngine(resolved).parse({ text, filePath });
  const renderer = selectRenderer(resolved.renderers, document.template, format);
  if (!renderer) throw new Error(`No ${format} renderer for template ${document.template}`);
  return renderer.render(document, { today: '2026-11-22', template: resolved.templates.find((template) => template.id === document.template) });
}

export async function renderRfcJson(text: string): Promise<SpecDocumentJson & { rfc: RfcJson }> {
  return JSON.parse(await renderRfc(text, 'json')) as SpecDocumentJson & { rfc: RfcJson };
}

/** A fixture's text: `valid/0008-session-events-v2.md`. */
export function rfcFixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** The text with `from` replaced by `to`; throws when `from` is not in it, so an edit cannot silently miss. */
export function edited(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The text does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
