import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentSchema, SectionSchema } from '../types/schema.js';
import { realTemplatePath } from '../rules/testing/real-templates.js';
import { inferSchema } from './infer-schema.js';

const infer = (file: Parameters<typeof realTemplatePath>[0], id: string): DocumentSchema =>
  inferSchema(readFileSync(realTemplatePath(file), 'utf8'), { id, source: file });

function outline(sections: SectionSchema[], depth = 0): string[] {
  return sections.flatMap((section) => [
    `${'  '.repeat(depth)}${section.number ? `${section.number} ` : ''}${section.title}${section.required ? '' : ' (optional)'}`,
    ...outline(section.children, depth + 1),
  ]);
}

const field = (schema: DocumentSchema, name: string) => schema.metadata.fields.find((candidate) => candidate.name === name);
const matchesPlaceholder = (schema: DocumentSchema, text: string) =>
  schema.placeholders.some((placeholder) => new RegExp(placeholder.pattern, placeholder.flags).test(text));

describe('inferSchema on the product template', () => {
  const schema = infer('product-spec.md', 'product');

  it('keeps the numbered section tree and marks the optional sections', () => {
    expect(outline(schema.sections)).toEqual([
      '1 Executive Summary',
      '2 Goals',
      '  Non-Goals (optional)',
      '3 Technical Design',
      '  3.1 Components',
      '  3.2 System Diagram (optional)',
      '4 Spikes (Pre-Implementation Validation)',
      '5 Open Source & Commercialization Impact',
      '  5.1 Dependency License Audit',
      '  5.2 Commercialization Questions',
      '6 Implementation Phases (optional)',
      '7 Security & Risks (optional)',
      '8 Testing',
      '  8.1 Unit Tests',
      '  8.2 Regression Suite',
      '  8.3 Integration Considerations (optional)',
    ]);
  });

  it('turns `A | B | C` values into enums and YYYY-MM-DD into a date', () => {
    expect(field(schema, 'Status')).toMatchObject({ type: 'enum', values: ['Draft', 'Approved', 'In Progress', 'Implemented', 'Archived'] });
    expect(field(schema, 'Product')).toMatchObject({ type: 'enum', values: ['Station', 'Grid', 'Trace', 'Cross-Product'] });
    expect(field(schema, 'Priority')?.values).toEqual(['P0 Critical', 'P1 High', 'P2 Medium', 'P3 Low']);
    expect(field(schema, 'Created')).toMatchObject({ type: 'date' });
    expect(field(schema, 'Owner')).toMatchObject({ type: 'string', required: true });
    expect(schema.metadata.style).toBe('blockquote');
    expect(schema.status).toEqual({ field: 'Status', values: ['Draft', 'Approved', 'In Progress', 'Implemented', 'Archived'] });
  });

  it('makes table header rows required columns of their section', () => {
    expect(schema.sections[4]?.children[0]?.tables).toEqual([{ columns: ['Dependency', 'License', 'Commercial Use', 'Verdict'] }]);
    expect(schema.sections[3]?.tables).toEqual([{ columns: ['Spike', 'Description', 'Effort', 'Deliverable'] }]);
  });

  it('collects the bracketed slots as placeholders but not the GFM alert marker', () => {
    expect(matchesPlaceholder(schema, 'Specification: [Feature Title]')).toBe(true);
    expect(matchesPlaceholder(schema, '**Owner**: [Name / Role]')).toBe(true);
    expect(matchesPlaceholder(schema, '**Effort**: Xd')).toBe(true);
    expect(matchesPlaceholder(schema, '> [!WARNING]')).toBe(false);
    expect(matchesPlaceholder(schema, 'Offline sync for Station kiosks')).toBe(false);
  });

  it('derives the title pattern', () => {
    expect(new RegExp(schema.title!.pattern!).test('Specification: Offline sync')).toBe(true);
    expect(new RegExp(schema.title!.pattern!).test('Feature Specification: Offline sync')).toBe(false);
  });
});

describe('inferSchema on the feature template', () => {
  const schema = infer('feature-spec.md', 'feature');

  it('reads the Metadata list fields with their types', () => {
    expect(schema.metadata.style).toBe('bullet-list');
    expect(schema.metadata.fields.map((candidate) => `${candidate.name}:${candidate.type}`)).toEqual([
      'Spec ID:pattern',
      'Status:string',
      'Author:string',
      'Created:date',
      'Last Updated:date',
      'Reviewers:list',
      'Issue:pattern',
    ]);
    expect(field(schema, 'Spec ID')).toMatchObject({ pattern: '^SPEC-\\d{4}-\\d{2}-\\d{2}-\\d+$', format: 'SPEC-YYYY-MM-DD-N' });
    expect(field(schema, 'Last Updated')?.notBefore).toBe('Created');
    expect(field(schema, 'Issue')).toMatchObject({ pattern: '^#\\d+$', format: '#N' });
  });

  it('leaves example phase headings out of the structure', () => {
    const plan = schema.sections.find((section) => section.title === 'Implementation Plan');
    expect(plan?.children).toEqual([]);
    expect(schema.idFamilies?.map((family) => family.name)).toEqual(['fr', 'nfr', 'spec']);
  });

  it('turns table pick-lists into placeholders', () => {
    expect(matchesPlaceholder(schema, '| Low/Medium/High |')).toBe(true);
    expect(matchesPlaceholder(schema, '| Medium |')).toBe(false);
  });
});

describe('inferSchema on the why/what/how template', () => {
  const schema = infer('why-what-how-spec.md', 'why-what-how');

  it('reads the bold lines under Overview', () => {
    expect(schema.metadata.style).toBe('bold-lines');
    expect(schema.metadata.fields.map((candidate) => candidate.name)).toEqual(['ID', 'Status', 'Created', 'Last Updated']);
    expect(field(schema, 'Status')?.values).toEqual(['Draft', 'Review', 'Approved', 'Implemented']);
  });

  it('keeps Why / What / How and their sub-sections in order', () => {
    expect(outline(schema.sections).slice(0, 6)).toEqual([
      'Overview',
      'Why (Purpose & Context)',
      '  Background',
      '  Goals',
      'What (Requirements & Acceptance Criteria)',
      '  Functional Requirements',
    ]);
    expect(schema.idFamilies?.map((family) => family.name)).toEqual(['req', 'ac', 'test', 'spec']);
  });
});

describe('inferSchema on the design-doc template', () => {
  const schema = infer('design-doc.md', 'design-doc');

  it('reads the YAML front matter fields', () => {
    expect(schema.metadata.style).toBe('front-matter');
    expect(schema.metadata.fields.map((candidate) => `${candidate.name}:${candidate.type}`)).toEqual([
      'title:string',
      'author:string',
      'created:date',
      'status:string',
      'version:string',
      'reviewers:list',
    ]);
  });

  it('marks `(if applicable)` sections optional and leaves deep example headings out', () => {
    const solution = schema.sections.find((section) => section.title === 'Proposed Solution');
    expect(outline(solution!.children)).toEqual([
      'Architecture',
      'Components',
      'Data Models',
      'APIs',
      'UI/UX (optional)',
      '  Wireframes (optional)',
      '  User Flows (optional)',
      '  Accessibility (optional)',
    ]);
    const alternatives = schema.sections.find((section) => section.title === 'Alternatives Considered');
    expect(alternatives?.children).toEqual([]);
  });
});

describe('inferSchema on the rfc template', () => {
  const schema = infer('rfc-spec.md', 'rfc');

  it('derives the `SPEC NNNN: Title` pattern and the workspace RFC number family', () => {
    const pattern = new RegExp(schema.title!.pattern!);
    expect(pattern.test('SPEC 0007: Billing Webhooks')).toBe(true);
    expect(pattern.test('SPEC 007: Billing Webhooks')).toBe(false);
    // Named by the title's own prefix: core knows no family names (the rfc plugin declares its `rfc` family).
    expect(schema.idFamilies).toContainEqual({
      name: 'spec',
      pattern: 'SPEC \\d{4}',
      find: 'SPEC \\d+(?!-)',
      scope: 'workspace',
      sequential: false,
    });
  });

  it('reads the header fields', () => {
    expect(schema.metadata.fields.map((candidate) => `${candidate.name}:${candidate.type}`)).toEqual([
      'Status:enum',
      'Author:string',
      'Created:date',
      'Last Updated:date',
      'Reviewers:handle-list',
    ]);
  });
});
