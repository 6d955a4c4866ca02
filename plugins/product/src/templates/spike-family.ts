import type { IdFamilySchema } from '@specloom/core';

/** Spike IDs: the product's initial and three digits (`S-001` Station, `G-012` Grid, `T-003` Trace). */
export const spikeFamily: IdFamilySchema = { name: 'spike', pattern: '[A-Z]-\\d{3}', scope: 'document', sequential: true };

/** The product template's ID families (one array, so core compiles its pattern once). */
export const productIdFamilies: readonly IdFamilySchema[] = [spikeFamily];
