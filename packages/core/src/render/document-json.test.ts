import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import { documentToJson, SPEC_DOCUMENT_SCHEMA_ID } from './document-json.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/spec-document.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
  required: string[];
  properties: Record<string, unknown>;
};

const SPEC = `# Specification: Rate limiting

## Overview
**ID**: SPEC-2026-04-15-002
**Status**: Draft
**Created**: 2026-04-15
**Last Updated**: 2026-04-16

## What

### Functional Requirements
1. **[REQ-001]** The system MUST reject requests over the limit

| Risk | Impact |
|------|--------|
| Abuse | High |

- [ ] **AC-1**: Given a client, when it exceeds the limit, then it gets 429
`;

describe('documentToJson', () => {
  const json = documentToJson(parseSpecDocument(SPEC, { path: 'docs/rate-limiting.md' }));

  it('has exactly the keys the published schema requires', () => {
    expect(json.$schema).toBe(SPEC_DOCUMENT_SCHEMA_ID);
    expect(schema.$id).toBe(SPEC_DOCUMENT_SCHEMA_ID);
    expect(Object.keys(json).sort()).toEqual([...schema.required].sort());
    expect(Object.keys(schema.properties).sort()).toEqual([...schema.required].sort());
  });

  it('carries the facts, requirements, tables and checklists with their lines', () => {
    expect(json).toMatchObject({
      id: 'SPEC-2026-04-15-002',
      status: 'Draft',
      created: '2026-04-15',
      lastUpdated: '2026-04-16',
      title: { text: 'Specification: Rate limiting', name: 'Rate limiting' },
    });
    expect(json.requirements[0]).toEqual({
      id: 'REQ-001',
      family: 'req',
      text: '**[REQ-001]** The system MUST reject requests over the limit',
      line: 12,
      section: 'Functional Requirements',
    });
    expect(json.tables[0]).toMatchObject({ header: ['Risk', 'Impact'], rows: [['Abuse', 'High']], line: 14 });
    expect(json.checklists[0]).toMatchObject({ checked: false, line: 18 });
  });
});
