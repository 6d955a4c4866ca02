import { describe, expect, it } from 'vitest';
import { parseTitleParts } from './extract-title.js';

describe('parseTitleParts', () => {
  it('captures the RFC number, whatever its digit count', () => {
    expect(parseTitleParts('SPEC 0007: Billing')).toEqual({ prefix: 'SPEC 0007', number: '0007', name: 'Billing' });
    expect(parseTitleParts('SPEC 12: x')).toEqual({ prefix: 'SPEC 12', number: '12', name: 'x' });
  });

  it('splits template prefixes and any other `A: B` at the first colon', () => {
    expect(parseTitleParts('Specification: Offline sync')).toEqual({ prefix: 'Specification', name: 'Offline sync' });
    expect(parseTitleParts('Feature Specification: Export: CSV')).toEqual({
      prefix: 'Feature Specification',
      name: 'Export: CSV',
    });
    expect(parseTitleParts('Proposal: ')).toEqual({ prefix: 'Proposal', name: '' });
  });

  it('keeps a title without a colon as the name only', () => {
    expect(parseTitleParts('Offline sync')).toEqual({ name: 'Offline sync' });
    expect(parseTitleParts('')).toEqual({});
  });
});
