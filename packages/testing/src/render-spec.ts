import path from 'node:path';
import type { RenderContext, Renderer, ResolvedConfig, SpecDocument, SpecloomPlugin } from '@specloom/core';
import { createEngine, resolveConfig, selectRenderer } from '@specloom/core/host';

export interface ParseSpecOptions {
  /**
   * The plugins loaded, as in a user's config: the plugin under test, and the other built-in plugins too when
   * template detection should compete as it does in a real run. Pass the same array each time: its config is
   * resolved once.
   */
  plugins: SpecloomPlugin[];
  /** Where the spec is, for rules and renderers that read the file name; default `spec.md`. */
  filePath?: string;
  /** The ISO date renderers take as today; default `2026-01-01`. */
  today?: string;
}

export interface RenderSpecOptions extends ParseSpecOptions {
  /** As `specloom render --to` names it: `html`, `json`, or a plugin's own format. */
  format: string;
}

export interface ParsedSpec {
  document: SpecDocument;
  /** What `specloom render` passes a renderer: today and the document's template. */
  context: RenderContext;
}

export interface RenderedSpec extends ParsedSpec {
  /** The renderer `specloom render` picks for the document's template and the format. */
  renderer: Renderer;
  output: string;
}

const DEFAULT_TODAY = '2026-01-01';

const configs = new WeakMap<SpecloomPlugin[], Promise<ResolvedConfig>>();

function configFor(plugins: SpecloomPlugin[]): Promise<ResolvedConfig> {
  let config = configs.get(plugins);
  if (!config) {
    // No config file: the plugins are loaded as built-ins are, with their recommended rules.
    config = resolveConfig({}, { rootDir: path.resolve('.'), builtinPlugins: plugins });
    configs.set(plugins, config);
  }
  return config;
}

/** A spec parsed as `specloom render` parses it: its template detected among the plugins' templates. */
export async function parseSpec(text: string, options: ParseSpecOptions): Promise<ParsedSpec> {
  const config = await configFor(options.plugins);
  const document = createEngine(config).parse({ text, filePath: options.filePath ?? 'spec.md' });
  const template = config.templates.find((candidate) => candidate.id === document.template);
  return { document, context: { today: options.today ?? DEFAULT_TODAY, ...(template ? { template } : {}) } };
}

/**
 * A spec rendered as `specloom render --to <format>` renders it: parsed, its template detected, the renderer
 * picked among the plugins' and core's. Throws when no renderer serves the template and format.
 */
export async function renderSpec(text: string, options: RenderSpecOptions): Promise<RenderedSpec> {
  const config = await configFor(options.plugins);
  const parsed = await parseSpec(text, options);
  const renderer = selectRenderer(config.renderers, parsed.document.template, options.format);
  if (!renderer) {
    throw new Error(`No ${options.format} renderer for template "${parsed.document.template ?? 'none'}", expected a plugin to add one`);
  }
  return { ...parsed, renderer, output: renderer.render(parsed.document, parsed.context) };
}
