import { describe, expect, it } from 'vitest';
import type { IdFamilySchema } from '../types/schema.js';
import { compileIdFamilies, findIds, matchIds } from './extract-ids.js';
import { parseSpecDocument } from './parse-spec-document.js';

const family = (name: string, pattern: string, find?: string): IdFamilySchema => ({
  name,
  pattern,
  ...(find === undefined ? {} : { find }),
  scope: 'document',
  sequential: true,
});

/** Families as the built-in plugins declare them (data, not core's): loose `find`s so malformed IDs are found. */
const families = [
  family('spec', 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', 'SPEC-\\d+-\\d+-\\d+-\\d+'),
  family('rfc', 'SPEC \\d{4}', 'SPEC \\d+(?!-)'),
  family('req', 'REQ-\\d{3}', 'REQ-\\d+'),
  family('ac', 'AC-\\d+'),
  family('test', 'TEST-\\d{3}', 'TEST-\\d+'),
  family('nfr', 'NFR\\d+', 'NFR-?\\d+'),
  family('fr', 'FR\\d+', 'FR-?\\d+'),
  family('spike', '[A-Z]-\\d{3}'),
];

const found = (value: string, declared: readonly IdFamilySchema[] = families) =>
  matchIds(value, compileIdFamilies(declared)!).map((match) => `${match.family}:${match.id}`);

describe('matchIds', () => {
  it('recognises every declared family', () => {
    expect(found('SPEC-2025-01-31-002, SPEC 0007, REQ-001, AC-1, TEST-001, FR1, FR-2, NFR1, NFR-3, S-001, G-012')).toEqual([
      'spec:SPEC-2025-01-31-002',
      'rfc:SPEC 0007',
      'req:REQ-001',
      'ac:AC-1',
      'test:TEST-001',
      'fr:FR1',
      'fr:FR-2',
      'nfr:NFR1',
      'nfr:NFR-3',
      'spike:S-001',
      'spike:G-012',
    ]);
  });

  it('finds only the families a schema declares, under the names it gives them', () => {
    const adr = [family('adr', 'ADR-\\d{4}')];
    expect(found('ADR-0001 supersedes ADR-0002; REQ-001 and S-001 are not ADRs', adr)).toEqual(['adr:ADR-0001', 'adr:ADR-0002']);
    expect(found('ADR-0001', families)).toEqual([]);
  });

  it('keeps malformed IDs so rules can flag them', () => {
    expect(found('SPEC-2025-1-5-1 and SPEC 12')).toEqual(['spec:SPEC-2025-1-5-1', 'rfc:SPEC 12']);
  });

  it('requires word boundaries', () => {
    expect(found('XREQ-001 REQ-001a AC-1_b XS-001 S-0012 ÄFR1 sFR2')).toEqual([]);
    expect(found('(REQ-001), [AC-2]; **S-003**.')).toEqual(['req:REQ-001', 'ac:AC-2', 'spike:S-003']);
  });

  it('does not read `SPEC 0007-…` as an RFC number, nor a placeholder as a spec ID', () => {
    expect(found('SPEC 0007-draft SPEC-[YYYY-MM-DD]-[NUMBER] SPEC-2025-01')).toEqual([]);
  });

  it('names the family of each match whatever groups the patterns capture', () => {
    const grouped = [family('pr', '(PR)-(\\d+)'), family('ticket', '(?:OPS|SEC)-\\d+')];
    expect(found('PR-12 fixed SEC-7', grouped)).toEqual(['pr:PR-12', 'ticket:SEC-7']);
  });

  it('leaves out a family whose pattern is not a valid RegExp, and keeps the others', () => {
    expect(found('ADR-0001 REQ-001', [family('broken', 'ADR-(\\d{4}'), family('req', 'REQ-\\d{3}')])).toEqual(['req:REQ-001']);
  });

  it('reports where each ID starts', () => {
    expect(matchIds('see AC-12 then FR3', compileIdFamilies(families)!)).toEqual([
      { id: 'AC-12', family: 'ac', index: 4 },
      { id: 'FR3', family: 'fr', index: 15 },
    ]);
  });
});

describe('findIds', () => {
  it('finds nothing before a template names the families, then the declared ones once per family list', () => {
    const document = parseSpecDocument('# ADR-0003: Queue commands\n\n**Supersedes**: ADR-0001\n\nSee REQ-001.\n');
    expect(document.ids).toEqual([]);
    const adr = [family('adr', 'ADR-\\d{4}')];
    const ids = findIds(document, adr);
    expect(ids.map((occurrence) => [occurrence.id, occurrence.family, occurrence.kind, occurrence.site])).toEqual([
      ['ADR-0003', 'adr', 'definition', 'title'],
      ['ADR-0001', 'adr', 'definition', 'metadata'],
    ]);
    expect(findIds(document, adr)).toBe(ids);
    expect(findIds(document, [])).toEqual([]);
  });

  it('finds the same IDs in a copy of the document, as hosts hand renderers `{ ...document, path }`', () => {
    const document = parseSpecDocument('# ADR-0003: Queue commands\n\nSee ADR-0001.\n');
    const adr = [family('adr', 'ADR-\\d{4}')];
    expect(findIds({ ...document, path: 'docs/adr-0003.md' }, adr).map((occurrence) => occurrence.id)).toEqual(['ADR-0003', 'ADR-0001']);
  });
});
