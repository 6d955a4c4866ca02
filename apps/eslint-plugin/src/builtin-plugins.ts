import type { SpecloomPlugin } from '@specloom/core';
import designDoc from '@specloom/plugin-design-doc';
import openSpec from '@specloom/plugin-openspec';
import product from '@specloom/plugin-product';
import rfc from '@specloom/plugin-rfc';
import specDated from '@specloom/plugin-spec-dated';
import specKit from '@specloom/plugin-spec-kit';

/** The template families the CLI ships, in the CLI's order, so every host loads the same rules. */
export const builtinPlugins: SpecloomPlugin[] = [product, specDated, designDoc, rfc, specKit, openSpec];
