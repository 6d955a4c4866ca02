import { describe, expect, it } from 'vitest';
import { applyFixes } from './apply-fixes.js';
import { mergeFixes } from './merge-fixes.js';

const text = '# Title\n\nStatus: draft\n';

describe('applyFixes', () => {
  it('applies fixes given out of order in one pass', () => {
    const result = applyFixes(text, [
      { range: [17, 22], text: 'Draft' },
      { range: [2, 7], text: 'Heading' },
    ]);
    expect(result.output).toBe('# Heading\n\nStatus: Draft\n');
    expect(result.applied.map((fix) => fix.text)).toEqual(['Heading', 'Draft']);
    expect(result.skipped).toEqual([]);
  });

  it('skips a fix that overlaps an earlier one and keeps it for the next pass', () => {
    const result = applyFixes(text, [
      { range: [2, 7], text: 'Heading' },
      { range: [4, 9], text: 'XX' },
      { range: [7, 7], text: '!' },
    ]);
    expect(result.output).toBe('# Heading\n\nStatus: draft\n');
    expect(result.skipped.map((fix) => fix.text)).toEqual(['XX', '!']);
    // The skipped fix applies cleanly on its own later.
    expect(applyFixes(text, result.skipped.slice(1, 2)).output).toBe('# Title!\n\nStatus: draft\n');
  });

  it('skips malformed ranges instead of throwing', () => {
    const result = applyFixes(text, [
      { range: [5, 2], text: 'x' },
      { range: [0, 999], text: 'x' },
      { range: [0, 1], text: '#' },
    ]);
    expect(result.output).toBe(text);
    expect(result.skipped).toHaveLength(2);
  });

  it('is idempotent for a fix that writes what is already there', () => {
    const first = applyFixes(text, [{ range: [17, 22], text: 'Draft' }]);
    const second = applyFixes(first.output, [{ range: [17, 22], text: 'Draft' }]);
    expect(second.output).toBe(first.output);
  });
});

describe('mergeFixes', () => {
  it('merges several edits into one spanning fix, keeping the text between them', () => {
    expect(
      mergeFixes(
        [
          { range: [17, 18], text: 'D' },
          { range: [2, 3], text: 't' },
        ],
        text,
      ),
    ).toEqual({ range: [2, 18], text: 'title\n\nStatus: D' });
  });

  it('gives no fix for overlapping parts', () => {
    expect(
      mergeFixes(
        [
          { range: [2, 5], text: 'a' },
          { range: [4, 6], text: 'b' },
        ],
        text,
      ),
    ).toBeUndefined();
  });
});
