import type { SpecDocumentJson } from '@specloom/core';
import { renderSpec as renderWith } from '@specloom/testing';
import designDoc from '@specloom/plugin-design-doc';
import rfc from '@specloom/plugin-rfc';
import specDated from '@specloom/plugin-spec-dated';
import product from '../../src/index.js';
import type { ProductData } from '../../src/renderers/index.js';
import { TODAY } from '../lint-rule.js';

/** Every built-in plugin, as the CLI loads them, so template detection competes for real. */
const plugins = [product, specDated, designDoc, rfc];

/** Render a spec the way `specloom render --to <format>` does; also says which renderer was picked. */
export async function renderSpec(text: string, format: 'html' | 'json', filePath = 'docs/spec.md') {
  const rendered = await renderWith(text, { plugins, format, filePath, today: TODAY });
  return { template: rendered.document.template, renderer: rendered.renderer, output: rendered.output };
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
    (match) => `${decode(match[1]!)}: ${decode(match[2]!)}`,
  );
}

/** The page heading: title, status badge and the labelled badges, as `[class] text` parts. */
export function headingBadges(page: string): string[] {
  const heading = /<h1>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '';
  return [...heading.matchAll(/<span class="([^"]+)"[^>]*>(.*?)<\/span>/g)].map((match) => `[${match[1]}] ${decode(match[2]!)}`);
}

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
