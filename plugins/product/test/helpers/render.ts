import path from 'node:path';
import { createEngine, resolveConfig, selectRenderer, type ResolvedConfig, type SpecDocumentJson } from '@specloom/core';
import designDoc from '../../../design-doc/src/index.js';
import rfc from '../../../rfc/src/index.js';
import specDated from '../../../spec-dated/src/index.js';
import product from '../../src/index.js';
import type { ProductData } from '../../src/renderers/index.js';
import { TODAY } from '../lint-rule.js';

let config: Promise<ResolvedConfig> | undefined;

/** The built-in config, as the CLI loads it: every built-in plugin, so template detection competes for real. */
function builtinConfig(): Promise<ResolvedConfig> {
  config ??= resolveConfig({}, { rootDir: path.resolve(import.meta.dirname, '../..'), builtinPlugins: [product, specDated, designDoc, rfc] });
  return config;
}

/**
 * Render a spec the way `specloom render --to <format>` does: parse, detect the template, pick the renderer
 * for template and format among all loaded ones, render. Also returns which renderer was picked.
 */
export async function renderSpec(text: string, format: 'html' | 'json', filePath = 'docs/spec.md') {
  const resolved = await builtinConfig();
  const engine = createEngine(resolved);
  const document = engine.parse({ text, filePath });
  const template = resolved.templates.find((candidate) => candidate.id === document.template);
  const renderer = selectRenderer(resolved.renderers, document.template, format);
  if (!renderer) throw new Error(`No ${format} renderer for template ${document.template}`);
  return { template: document.template, renderer, output: renderer.render(document, { today: TODAY, template }) };
}

export type ProductJson = SpecDocumentJson & { product: ProductData };

/** The `json` rendering of a product spec, parsed. */
export async function renderProductJson(text: string): Promise<ProductJson> {
  return JSON.parse((await renderSpec(text, 'json')).output) as ProductJson;
}

/** The `html` rendering of a product spec. */
export async function renderProductHtml(text: string): Promise<string> {
  return (await renderSpec(text, 'html')).output;
}

/** The metadata card of a rendered page as `Label: value` lines, entities decoded the way a browser shows them. */
export function headerCard(page: string): string[] {
  const card = /<table class="metadata"><tbody>\n([\s\S]*?)\n<\/tbody><\/table>/.exec(page)?.[1] ?? '';
  return [...card.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)].map(
    (match) => `${decode(match[1])}: ${decode(match[2])}`,
  );
}

/** The page heading: title, status badge and the labelled badges, as `[class] text` parts. */
export function headingBadges(page: string): string[] {
  const heading = /<h1>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '';
  return [...heading.matchAll(/<span class="([^"]+)"[^>]*>(.*?)<\/span>/g)].map((match) => `[${match[1]}] ${decode(match[2])}`);
}

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
