import type { IdFamilySchema } from '../../types/schema.js';

const family = (name: string, pattern: string, find: string | undefined, scope: IdFamilySchema['scope']): IdFamilySchema => ({
  name,
  pattern,
  ...(find === undefined ? {} : { find }),
  scope,
  sequential: scope === 'document',
});

/**
 * Test data: the ID families the built-in plugins declare (spec-dated, rfc, product), copied here because core's
 * tests cannot import plugins. Core itself knows no family; a schema brings its own.
 */
export const testIdFamilies: readonly IdFamilySchema[] = [
  family('spec', 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', 'SPEC-\\d+-\\d+-\\d+-\\d+', 'workspace'),
  family('rfc', 'SPEC \\d{4}', 'SPEC \\d+(?!-)', 'workspace'),
  family('req', 'REQ-\\d{3}', 'REQ-\\d+', 'document'),
  family('ac', 'AC-\\d+', undefined, 'document'),
  family('test', 'TEST-\\d{3}', 'TEST-\\d+', 'document'),
  family('nfr', 'NFR\\d+', 'NFR-?\\d+', 'document'),
  family('fr', 'FR\\d+', 'FR-?\\d+', 'document'),
  family('spike', '[A-Z]-\\d{3}', undefined, 'document'),
];
