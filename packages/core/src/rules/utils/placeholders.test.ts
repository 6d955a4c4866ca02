import { describe, expect, it } from 'vitest';
import type { DocumentSchema, PlaceholderSchema } from '../../types/schema.js';
import { containsPlaceholder, isPickList } from './placeholders.js';

function schemaWith(patterns: Array<Omit<PlaceholderSchema, 'description'>>): DocumentSchema {
  const placeholders = patterns.map((pattern) => ({ description: pattern.pattern, ...pattern }));
  return { id: 'test', metadata: { style: 'bold-lines', fields: [] }, sections: [], placeholders };
}

describe('containsPlaceholder', () => {
  const schema = schemaWith([{ pattern: String.raw`\[[^\]]+\]` }, { pattern: 'tbd', flags: 'gi' }]);

  it('finds any of the schema patterns, with their flags', () => {
    expect(containsPlaceholder('Owner: [Your Name]', schema)).toBe(true);
    expect(containsPlaceholder('Due TBD', schema)).toBe(true);
    expect(containsPlaceholder('Ada Lovelace', schema)).toBe(false);
  });

  it('finds nothing without a schema', () => {
    expect(containsPlaceholder('[Your Name]', undefined)).toBe(false);
  });

  it('skips an invalid pattern and never counts an empty match, as the placeholder rule does', () => {
    const odd = schemaWith([{ pattern: '[unclosed' }, { pattern: 'x*' }, { pattern: 'XXms' }]);
    expect(containsPlaceholder('Ada Lovelace', odd)).toBe(false);
    expect(containsPlaceholder('p95 < XXms', odd)).toBe(true);
  });
});

describe('isPickList', () => {
  it('is true for two or more allowed values, however separated and cased', () => {
    expect(isPickList('Draft | Approved', ['Draft', 'Approved'])).toBe(true);
    expect(isPickList('high/medium/low', ['Low', 'Medium', 'High'])).toBe(true);
  });

  it('is false for one value, an unknown part, or another case when case matters', () => {
    expect(isPickList('Draft', ['Draft', 'Approved'])).toBe(false);
    expect(isPickList('Draft / Later', ['Draft', 'Approved'])).toBe(false);
    expect(isPickList('draft | approved', ['Draft', 'Approved'], true)).toBe(false);
  });
});
