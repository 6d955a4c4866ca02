import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findIds } from '../document/extract-ids.js';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import type { TemplateDefinition } from '../types/plugin.js';
import type { IdFamilySchema } from '../types/schema.js';
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

/** A template's families as data; those marked `requirement` are listed under `requirements`. */
const idFamilies: IdFamilySchema[] = [
  { name: 'req', pattern: 'REQ-\\d{3}', scope: 'document', sequential: true, requirement: true },
  { name: 'spec', pattern: 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', scope: 'workspace', sequential: false },
];
const template: TemplateDefinition = {
  id: 'dated',
  description: 'A template with requirement IDs',
  schema: { id: 'dated', metadata: { style: 'bold-lines', fields: [] }, sections: [], placeholders: [], idFamilies },
};

function render(text: string) {
  const document = parseSpecDocument(text, { path: 'docs/rate-limiting.md' });
  document.template = template.id;
  document.ids = findIds(document, idFamilies);
  return documentToJson(document, { today: '2026-04-16', template });
}

describe('documentToJson', () => {
  const json = render(SPEC);

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

  it('lists the definitions of the families the template marks as requirements, and every ID it declares', () => {
    expect(json.requirements.map((requirement) => requirement.id)).toEqual(['REQ-001']);
    expect(json.ids.map((occurrence) => `${occurrence.family}:${occurrence.id}:${occurrence.kind}`)).toEqual([
      'spec:SPEC-2026-04-15-002:definition',
      'req:REQ-001:definition',
    ]);
  });
});
