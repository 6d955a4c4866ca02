import { describe, expect, it } from 'vitest';
import { nextSpecId } from './spec-id.js';

const used = (ids: string[]) => ({ ids: new Set(ids), fileNames: new Set<string>() });

describe('nextSpecId', () => {
  it("takes the next number of today's Spec IDs only", () => {
    const taken = used(['SPEC-2026-03-02-004', 'SPEC-2026-03-01-009', 'SPEC 0042', '12']);
    expect(nextSpecId(taken, '2026-03-02')).toBe('SPEC-2026-03-02-005');
    expect(nextSpecId(taken, '2026-03-03')).toBe('SPEC-2026-03-03-001');
  });

  it('refuses a thousandth spec on one day', () => {
    expect(() => nextSpecId(used(['SPEC-2026-03-02-999']), '2026-03-02')).toThrow(/more than 999/u);
  });
});
