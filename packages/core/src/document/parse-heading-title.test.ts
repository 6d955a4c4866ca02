import { describe, expect, it } from 'vitest';
import { parseHeadingTitle } from './parse-heading-title.js';

describe('parseHeadingTitle', () => {
  it('takes a leading section number with or without its dot', () => {
    expect(parseHeadingTitle('3.1 Components')).toEqual({ number: '3.1', title: 'Components', markedOptional: false });
    expect(parseHeadingTitle('3.1. Components')).toEqual({ number: '3.1', title: 'Components', markedOptional: false });
    expect(parseHeadingTitle('5. Open Source')).toEqual({ number: '5', title: 'Open Source', markedOptional: false });
    expect(parseHeadingTitle('6')).toEqual({ number: '6', title: '', markedOptional: false });
  });

  it('does not read a number from names like `Phase 1:` or from dates', () => {
    expect(parseHeadingTitle('Phase 1: Foundation')).toEqual({ title: 'Phase 1: Foundation', markedOptional: false });
    expect(parseHeadingTitle('2025-01 Plan')).toEqual({ title: '2025-01 Plan', markedOptional: false });
  });

  it('strips every optional marker, case-insensitively', () => {
    for (const raw of [
      'Non-Goals *(optional)*',
      'Non-Goals _(optional)_',
      'Non-Goals (Optional)',
      'Non-Goals (if applicable)',
      'Non-Goals (IF APPLICABLE):',
    ]) {
      expect(parseHeadingTitle(raw)).toEqual({ title: 'Non-Goals', markedOptional: true });
    }
    expect(parseHeadingTitle('3.2 System Diagram *(optional)*')).toEqual({
      number: '3.2',
      title: 'System Diagram',
      markedOptional: true,
    });
  });

  it('strips trailing colons and white space', () => {
    expect(parseHeadingTitle('Request:  ')).toEqual({ title: 'Request', markedOptional: false });
  });
});
