import { describe, expect, it } from 'vitest';
import { matchIds } from './extract-ids.js';

const found = (value: string) => matchIds(value).map((match) => `${match.family}:${match.id}`);

describe('matchIds', () => {
  it('recognises every family', () => {
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

  it('reports where each ID starts', () => {
    expect(matchIds('see AC-12 then FR3')).toEqual([
      { id: 'AC-12', family: 'ac', index: 4 },
      { id: 'FR3', family: 'fr', index: 15 },
    ]);
  });
});
