import type { Renderer } from '../types/plugin.js';
import { jsonRenderer } from './document-json.js';
import { htmlRenderer } from './html-page.js';

/** Core defaults: used for any template and format no plugin renders. */
export const coreRenderers: Renderer[] = [jsonRenderer, htmlRenderer];

/**
 * The renderer for a document: a plugin renderer naming the document's template first, then a plugin renderer
 * for any template, then the core default. Among equals the last registered wins, so a config's own plugins
 * override the built-in ones (which load first) and later plugins override earlier ones, as in ESLint's config.
 */
export function selectRenderer(pluginRenderers: Renderer[], templateId: string | undefined, format: string): Renderer | undefined {
  const forFormat = pluginRenderers.filter((renderer) => renderer.format === format).reverse();
  return (
    forFormat.find((renderer) => templateId !== undefined && renderer.templates?.includes(templateId)) ??
    forFormat.find((renderer) => renderer.templates === undefined) ??
    coreRenderers.find((renderer) => renderer.format === format)
  );
}
