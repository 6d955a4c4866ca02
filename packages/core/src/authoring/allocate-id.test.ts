import { describe, expect, it } from 'vitest';
import { formatRfcNumber, nextDatedId, nextRfcNumber } from './allocate-id.js';
import { addIdsFromFileName, addIdsFromText, addReservedIds, createUsedIds } from './spec-ids.js';

describe('next-ID allocation', () => {
  it('takes the RFC number after the highest in titles, references and file names', () => {
    const used = createUsedIds();
    addIdsFromText(used, '# SPEC 0003: Billing\n\nSee SPEC 0005 for the old flow.');
    addIdsFromFileName(used, 'docs/rfc/0007-usage-metering.md');
    expect(formatRfcNumber(nextRfcNumber(used))).toBe('0008');
  });

  it('starts at 0001 in an empty workspace', () => {
    expect(formatRfcNumber(nextRfcNumber(createUsedIds()))).toBe('0001');
  });

  it('takes the next dated number for today only', () => {
    const used = createUsedIds();
    addIdsFromText(used, '**ID**: SPEC-2026-03-02-004\n- **Spec ID**: SPEC-2026-03-01-009');
    expect(nextDatedId(used, '2026-03-02')).toBe('SPEC-2026-03-02-005');
    expect(nextDatedId(used, '2026-03-03')).toBe('SPEC-2026-03-03-001');
  });

  it('skips reserved IDs from config and reports the ones it cannot read', () => {
    const used = createUsedIds();
    const { invalid } = addReservedIds(used, [12, '0020', 'SPEC 0030', 'SPEC-2026-03-02-007', 'soon']);
    expect(invalid).toEqual(['soon']);
    expect(nextRfcNumber(used)).toBe(31);
    expect(nextDatedId(used, '2026-03-02')).toBe('SPEC-2026-03-02-008');
  });
});
