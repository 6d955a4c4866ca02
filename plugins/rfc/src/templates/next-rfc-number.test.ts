import { describe, expect, it } from 'vitest';
import { nextRfcNumber } from './next-rfc-number.js';

const used = (ids: string[], fileNames: string[] = []) => ({ ids: new Set(ids), fileNames: new Set(fileNames) });

describe('nextRfcNumber', () => {
  it('takes the number after the highest in IDs, reserved numbers and RFC file names', () => {
    expect(nextRfcNumber(used(['SPEC 0003', 'SPEC 0005', 'SPEC-2026-03-02-004'], ['0007-usage-metering.md', 'notes.md']))).toBe('0008');
    expect(nextRfcNumber(used(['SPEC 0003', '12', '0020']))).toBe('0021');
  });

  it('starts at 0001 and leaves gaps alone', () => {
    expect(nextRfcNumber(used([]))).toBe('0001');
    expect(nextRfcNumber(used(['SPEC 0001', 'SPEC 0009']))).toBe('0010');
  });

  it('refuses to go past four digits', () => {
    expect(() => nextRfcNumber(used(['SPEC 9999']))).toThrow(/above 9999/u);
  });
});
