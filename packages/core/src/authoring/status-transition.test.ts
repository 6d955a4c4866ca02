import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import type { DocumentSchema } from '../types/schema.js';
import { checkStatusTransition, rewriteStatus } from './status-transition.js';

const FEATURE = ['Draft', 'Review', 'Approved', 'Implemented', 'Deprecated', 'Superseded'];

describe('checkStatusTransition', () => {
  it('allows one step forward and one step back', () => {
    expect(checkStatusTransition(FEATURE, 'Draft', 'review')).toEqual({ allowed: true, status: 'Review' });
    expect(checkStatusTransition(FEATURE, 'Review', 'Draft')).toEqual({ allowed: true, status: 'Draft' });
  });

  it('refuses Implemented -> Draft with the moves it expected', () => {
    expect(checkStatusTransition(FEATURE, 'Implemented', 'Draft')).toEqual({
      allowed: false,
      reason: 'Unexpected move from "Implemented" to "Draft", expected one of "Deprecated", "Superseded"',
    });
  });

  it('refuses skipping a stage', () => {
    expect(checkStatusTransition(FEATURE, 'Draft', 'Implemented').reason).toBe(
      'Unexpected move from "Draft" to "Implemented", expected one of "Review", "Deprecated", "Superseded"',
    );
  });

  it('lets any status retire, and nothing leave retirement', () => {
    expect(checkStatusTransition(FEATURE, 'Draft', 'Superseded').allowed).toBe(true);
    expect(checkStatusTransition(FEATURE, 'Deprecated', 'Draft').reason).toBe(
      'Unexpected move from "Deprecated" to "Draft": "Deprecated" ends the lifecycle',
    );
  });

  it('names the lifecycle for an unknown status', () => {
    expect(checkStatusTransition(['draft', 'review'], 'draft', 'done').reason).toBe(
      'Unexpected status "done", expected one of "draft", "review"',
    );
  });
});

describe('rewriteStatus', () => {
  const schema = { status: { field: 'Status', values: FEATURE } } as DocumentSchema;

  it('changes only the Status value and Last Updated', () => {
    const text = '# SPEC 0007: Billing\n\n**Status**: draft  \n**Created**: 2025-01-02\n**Last Updated**: 2025-01-03\n\nStatus: draft stays.\n';
    const rewrite = rewriteStatus(parseSpecDocument(text), schema, 'review', '2025-02-01');
    expect(rewrite?.text).toBe(
      '# SPEC 0007: Billing\n\n**Status**: review  \n**Created**: 2025-01-02\n**Last Updated**: 2025-02-01\n\nStatus: draft stays.\n',
    );
    expect(rewrite?.previous).toBe('draft');
  });
});
