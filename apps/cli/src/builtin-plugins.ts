import type { SpecloomPlugin } from '@specloom/core';
import designDoc from '@specloom/plugin-design-doc';
import openSpec from '@specloom/plugin-openspec';
import product from '@specloom/plugin-product';
import rfc from '@specloom/plugin-rfc';
import specDated from '@specloom/plugin-spec-dated';
import specKit from '@specloom/plugin-spec-kit';

/** The plugins that are on with zero config; a config file adds its own on top. */
export const builtinPlugins: SpecloomPlugin[] = [product, specDated, designDoc, rfc, specKit, openSpec];

/**
 * The same plugins as module URLs, for lint worker threads (plugin objects cannot cross threads). Undefined
 * where the host cannot resolve modules (`import.meta.resolve` missing), so the run stays on one thread.
 */
export function builtinPluginModules(): string[] | undefined {
  try {
    return [
      '@specloom/plugin-product',
      '@specloom/plugin-spec-dated',
      '@specloom/plugin-design-doc',
      '@specloom/plugin-rfc',
      '@specloom/plugin-spec-kit',
      '@specloom/plugin-openspec',
    ].map((specifier) => import.meta.resolve(specifier));
  } catch {
    return undefined;
  }
}
