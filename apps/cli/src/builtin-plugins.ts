import type { SpecloomPlugin } from '@specloom/core';
import designDoc from '@specloom/plugin-design-doc';
import product from '@specloom/plugin-product';
import rfc from '@specloom/plugin-rfc';
import specDated from '@specloom/plugin-spec-dated';

/** The plugins that are on with zero config; a config file adds its own on top. */
export const builtinPlugins: SpecloomPlugin[] = [product, specDated, designDoc, rfc];
