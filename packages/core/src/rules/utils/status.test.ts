import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../../document/parse-spec-document.js';
import type { DocumentSchema, StatusLifecycleSchema } from '../../types/schema.js';
import { isFirstStatus, isStatusAtLeast, isStatusIn, readStatus } from './status.js';

function schemaWith(status: StatusLifecycleSchema | undefined): DocumentSchema {
  return { id: 'test', metadata: { style: 'bold-lines', fields: [] }, sections: [], placeholders: [], status };
}

const lifecycle = schemaWith({ field: 'Status', values: ['Draft', 'In Review', 'Approved'] });
const exact = schemaWith({ field: 'Status', values: ['draft', 'review', 'approved'], caseSensitive: true });
const documentWith = (status: string) => parseSpecDocument(`# Title\n\n**Status**: ${status}\n`);

describe('readStatus', () => {
  it('reads the status as written and finds its stage, ignoring case and repeated white space', () => {
    expect(readStatus(documentWith('in  review'), lifecycle)).toEqual({
      value: 'in  review',
      index: 1,
      stage: 'In Review',
      values: ['Draft', 'In Review', 'Approved'],
    });
  });

  it('compares exactly when the lifecycle is case-sensitive', () => {
    expect(readStatus(documentWith('Approved'), exact)).toMatchObject({ value: 'Approved', index: -1, stage: undefined });
    expect(readStatus(documentWith('approved'), exact)).toMatchObject({ index: 2, stage: 'approved' });
  });

  it('reads a front matter scalar as written, and nothing without a status field or value', () => {
    const frontMatter = parseSpecDocument('---\nstatus: 2\n---\n\n# Title\n');
    expect(readStatus(frontMatter, schemaWith({ field: 'status', values: ['1', '2'] }))).toMatchObject({ value: '2', index: 1 });
    expect(readStatus(documentWith(''), lifecycle)).toBeUndefined();
    expect(readStatus(documentWith('Draft'), schemaWith(undefined))).toBeUndefined();
    expect(readStatus(documentWith('Draft'), undefined)).toBeUndefined();
  });
});

describe('isFirstStatus, isStatusIn and isStatusAtLeast', () => {
  it('place the status in the lifecycle', () => {
    expect(isFirstStatus(documentWith('DRAFT'), lifecycle)).toBe(true);
    expect(isFirstStatus(documentWith('Approved'), lifecycle)).toBe(false);
    const review = readStatus(documentWith('in review'), lifecycle);
    expect(isStatusIn(review, ['in review', 'approved'], lifecycle)).toBe(true);
    expect(isStatusAtLeast(review, 'In Review')).toBe(true);
    expect(isStatusAtLeast(review, 'Approved')).toBe(false);
    expect(isStatusAtLeast(readStatus(documentWith('Unknown'), lifecycle), 'Draft')).toBe(false);
  });
});
