import { describe, expect, it } from 'vitest';
import { parsed } from '../../test/render-fixture.js';
import { specDatedData } from './spec-dated-data.js';

/** A why/what/how spec around the given requirement, criteria and test lines. */
function trace(lines: string[]) {
  const text = ['# Specification: Linking', '', '## Overview', '**ID**: SPEC-2026-10-05-009  ', '', '## Why', 'Because.', '', ...lines, ''].join(
    '\n',
  );
  const { document, context } = parsed(text);
  return Object.fromEntries(
    specDatedData(document, context).traceability.map((row) => [
      row.requirement.id,
      {
        criteria: row.acceptanceCriteria.map((link) => (link.via ? `${link.id} via ${link.via}` : link.id)),
        tests: row.tests.map((link) => (link.via ? `${link.id} via ${link.via}` : link.id)),
      },
    ]),
  );
}

describe('traceability linking rule', () => {
  it('links a requirement that names its tests, and the tests’ criteria through them', () => {
    const rows = trace([
      '## What',
      '1. **[REQ-001]** The API MUST answer within 2 seconds (verified by TEST-001).',
      '- [ ] **AC-1**: Given a request, when it arrives, then it is answered',
      '## How',
      '1. **[TEST-001]** Load test (AC-1)',
      '   - Input: 50 requests per second',
      '   - Expected: p95 under 2 seconds',
    ]);
    expect(rows['REQ-001']).toEqual({ criteria: ['AC-1 via TEST-001'], tests: ['TEST-001'] });
  });

  it('links through a test defined by a heading and its "Covers:" line', () => {
    const rows = trace([
      '## What',
      '1. **[REQ-001]** The API MUST log every rejection.',
      '2. **[REQ-002]** The API SHOULD count rejections.',
      '## How',
      '### TEST-001: Rejection log',
      'Covers: REQ-002',
      '',
      '- Input: a rejected request',
      '- Expected: one log line',
    ]);
    expect(rows['REQ-001']).toEqual({ criteria: [], tests: [] });
    expect(rows['REQ-002']).toEqual({ criteria: [], tests: ['TEST-001'] });
  });

  it('links tests defined in a table through their requirement column', () => {
    const rows = trace([
      '## What',
      '1. **[REQ-001]** The API MUST answer.',
      '2. **[REQ-002]** The API MUST NOT leak stack traces.',
      '## How',
      '| Test | Requirement | Input | Expected |',
      '|------|-------------|-------|----------|',
      '| TEST-001 | REQ-002 | a failing request | a plain 500 body |',
    ]);
    expect(rows['REQ-001']?.tests).toEqual([]);
    expect(rows['REQ-002']?.tests).toEqual(['TEST-001']);
  });

  it('does not link IDs that only stand side by side in prose, or IDs of the same kind', () => {
    const rows = trace([
      '## What',
      '1. **[REQ-001]** The API MUST answer.',
      '2. **[REQ-002]** The API MUST retry, as REQ-001 requires.',
      '- [ ] **AC-1**: Given a request, when it arrives, then it is answered',
      '',
      'REQ-001 is checked by AC-1.',
    ]);
    expect(rows['REQ-001']).toEqual({ criteria: [], tests: [] });
    expect(rows['REQ-002']).toEqual({ criteria: [], tests: [] });
  });

  it('gives a nested criterion its own references', () => {
    const rows = trace([
      '## What',
      '1. **[REQ-001]** The API MUST answer.',
      '2. **[REQ-002]** The API MUST retry.',
      '- [ ] **AC-1**: Given a request, when it arrives, then it is answered (REQ-001)',
      '  - [ ] **AC-2**: Given a timeout, when it happens, then the call is retried (REQ-002)',
    ]);
    expect(rows['REQ-001']?.criteria).toEqual(['AC-1']);
    expect(rows['REQ-002']?.criteria).toEqual(['AC-2']);
  });
});
