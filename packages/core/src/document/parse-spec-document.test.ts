import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realTemplatePath } from '../rules/testing/real-templates.js';
import type { Position, Section, SpecDocument } from '../types/document.js';
import { parseSpecDocument } from './parse-spec-document.js';
import { findIds } from './extract-ids.js';
import { testIdFamilies } from '../rules/testing/id-families.js';
import { defined } from '../defined.js';

function parseTemplate(name: Parameters<typeof realTemplatePath>[0]): SpecDocument {
  const file = realTemplatePath(name);
  return parseSpecDocument(readFileSync(file, 'utf8'), { path: file });
}

/** `line:column-line:column`, end exclusive: short enough to compare many positions at a glance. */
function at(position: Position | undefined): string | undefined {
  return position && `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`;
}

function metadataSummary(document: SpecDocument) {
  return document.metadataEntries.map((entry) => [entry.style, entry.name, entry.value, at(entry.valuePosition)]);
}

function outline(sections: Section[]): unknown[] {
  return sections.map((section) => {
    const label = [section.number, section.title].filter((part) => part !== undefined).join(' ');
    const withFlag = section.markedOptional ? `${label} (optional)` : label;
    return section.children.length > 0 ? [withFlag, outline(section.children)] : withFlag;
  });
}

describe('parseSpecDocument on the product template', () => {
  const document = parseTemplate('product-spec.md');

  it('reads the blockquote metadata under the title with exact value positions', () => {
    expect(metadataSummary(document)).toEqual([
      ['blockquote', 'status', 'Draft | Approved | In Progress | Implemented | Archived', '3:15-3:70'],
      ['blockquote', 'owner', '[Name / Role]', '4:14-4:27'],
      ['blockquote', 'created', 'YYYY-MM-DD', '5:16-5:26'],
      ['blockquote', 'product', 'Station | Grid | Trace | Cross-Product', '6:16-6:54'],
      ['blockquote', 'priority', 'P0 Critical | P1 High | P2 Medium | P3 Low', '7:17-7:59'],
    ]);
    const owner = defined(document.metadata.owner, 'an Owner field');
    expect(owner.key).toBe('Owner');
    expect(owner.raw).toBe('[Name / Role]');
    expect(at(owner.keyPosition)).toBe('4:5-4:10');
    expect(at(owner.position)).toBe('4:3-4:27');
    expect(document.text.slice(owner.valuePosition.start.offset, owner.valuePosition.end.offset)).toBe('[Name / Role]');
    expect(document.frontMatter).toBeUndefined();
  });

  it('does not take the spike bullets or the naming note for metadata', () => {
    expect(Object.keys(document.metadata)).toEqual(['status', 'owner', 'created', 'product', 'priority']);
  });

  it('captures the title parts', () => {
    expect(document.title).toEqual({
      text: 'Specification: [Feature Title]',
      position: expect.objectContaining({ start: { line: 1, column: 1, offset: 0 } }),
      parts: { prefix: 'Specification', name: '[Feature Title]' },
    });
    expect(document.path).toBe(realTemplatePath('product-spec.md'));
    expect(document.template).toBeUndefined();
  });

  it('builds the numbered section tree with optional markers', () => {
    expect(outline(document.sections)).toEqual([
      [
        'Specification: [Feature Title]',
        [
          '1 Executive Summary',
          ['2 Goals', ['Non-Goals (optional)']],
          ['3 Technical Design', ['3.1 Components', '3.2 System Diagram (optional)']],
          '4 Spikes (Pre-Implementation Validation)',
          ['5 Open Source & Commercialization Impact', ['5.1 Dependency License Audit', '5.2 Commercialization Questions']],
          ['6 Implementation Phases (optional)', ['Phase 1: [Name]', 'Phase 2: [Name]']],
          '7 Security & Risks (optional)',
          ['8 Testing', ['8.1 Unit Tests', '8.2 Regression Suite', '8.3 Integration Considerations (optional)']],
        ],
      ],
    ]);
    const diagram = document.allSections.find((section) => section.number === '3.2')!;
    expect(diagram).toMatchObject({ level: 3, title: 'System Diagram', rawTitle: '3.2 System Diagram (optional)' });
    expect(at(diagram.position)).toBe('24:1-24:36');
    expect(at(diagram.contentPosition)).toBe('24:36-30:1');
    expect(document.allSections.map((section) => section.number ?? '-')).toEqual(
      ['-', '1', '2', '-', '3', '3.1', '3.2', '4', '5', '5.1', '5.2', '6', '-', '-', '7', '8', '8.1', '8.2', '8.3'],
    );
  });

  it('marks sections with nothing before their first sub-heading as empty', () => {
    const empty = document.allSections.filter((section) => section.empty).map((section) => section.rawTitle);
    expect(empty).toEqual([
      '3. Technical Design',
      '5. Open Source & Commercialization Impact',
      '6. Implementation Phases (optional)',
      '8. Testing',
    ]);
  });

  it('reads the tables with their cells, including emoji', () => {
    expect(document.tables.map((table) => [table.section?.title, table.header.map((cell) => cell.text), table.rows.map((row) => row.map((cell) => cell.text))])).toEqual([
      [
        'Spikes (Pre-Implementation Validation)',
        ['Spike', 'Description', 'Effort', 'Deliverable'],
        [['X-001', '[Riskiest unknown to validate]', '4-8h', '[Working PoC / benchmark / report]']],
      ],
      [
        'Dependency License Audit',
        ['Dependency', 'License', 'Commercial Use', 'Verdict'],
        [['library-name', 'MIT', '✅ Unrestricted', '✅ Safe']],
      ],
      ['Unit Tests', ['Component', 'Test File', 'Key Cases'], [['[Component A]', 'tests/test_a.py', 'Auth flow, error handling']]],
    ]);
    const audit = defined(document.tables[1], 'a second table');
    expect(at(audit.position)).toBe('46:1-48:51');
    expect(at(audit.rows[0]?.[3]?.position)).toBe('48:41-48:51');
  });

  it('reads the checklists of the commercialization and testing sections', () => {
    expect(document.checklists).toHaveLength(10);
    expect(document.checklists[0]).toMatchObject({
      text: 'Can this code be open-sourced without exposing proprietary logic?',
      checked: false,
      section: { title: 'Commercialization Questions' },
    });
    expect(at(document.checklists[0]?.position)).toBe('51:1-51:72');
    // Inline code keeps its text.
    expect(document.checklists[5]?.text).toBe('No tests silently skipped (@pytest.mark.skip audit)');
  });

  it('reads the mermaid block', () => {
    expect(document.codeBlocks).toHaveLength(1);
    expect(document.codeBlocks[0]).toMatchObject({ lang: 'mermaid', section: { title: 'System Diagram' } });
    expect(document.codeBlocks[0]?.value).toBe('graph TD\n    A[Component A] --> B[Component B]');
    expect(at(document.codeBlocks[0]?.position)).toBe('25:1-28:4');
  });

  it('defines the spike in the table and ignores the inline-code naming example', () => {
    expect(findIds(document, testIdFamilies).map((id) => [id.id, id.family, id.kind, at(id.position), id.section])).toEqual([
      ['X-001', 'spike', 'definition', '35:5-35:10', 'Spikes (Pre-Implementation Validation)'],
    ]);
  });
});

describe('parseSpecDocument on the feature template', () => {
  const document = parseTemplate('feature-spec.md');

  it('reads the metadata bullet list under ## Metadata', () => {
    expect(metadataSummary(document)).toEqual([
      ['bullet-list', 'spec id', 'SPEC-[YYYY-MM-DD]-[NUMBER]', '4:16-4:42'],
      ['bullet-list', 'status', 'Draft', '5:15-5:20'],
      ['bullet-list', 'author', '[Your Name]', '6:15-6:26'],
      ['bullet-list', 'created', '[Date]', '7:16-7:22'],
      ['bullet-list', 'last updated', '[Date]', '8:21-8:27'],
      ['bullet-list', 'reviewers', '[Names]', '9:18-9:25'],
      ['bullet-list', 'issue', '#[Number]', '10:14-10:23'],
    ]);
    expect(document.metadata['last updated']?.key).toBe('Last Updated');
    expect(at(document.metadata['spec id']?.keyPosition)).toBe('4:5-4:12');
  });

  it('does not read the bold-key bullets of Impact, Performance or Timeline', () => {
    expect(document.metadata['users affected']).toBeUndefined();
    expect(document.metadata['expected load']).toBeUndefined();
    expect(document.metadata['start date']).toBeUndefined();
  });

  it('captures the title parts', () => {
    expect(document.title?.parts).toEqual({ prefix: 'Feature Specification', name: '[FEATURE_NAME]' });
  });

  it('nests the phases and criteria under their H2s', () => {
    const successCriteria = document.allSections.find((section) => section.title === 'Success Criteria')!;
    expect(successCriteria.children.map((section) => section.title)).toEqual([
      'Functional Requirements',
      'Non-Functional Requirements',
      'Acceptance Criteria',
    ]);
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]?.children).toHaveLength(16);
    expect(at(document.sections[0]?.contentPosition)).toBe('1:40-152:29');
  });

  it('reads the risk table, the task lists and the gherkin block', () => {
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.header.map((cell) => cell.text)).toEqual(['Risk', 'Probability', 'Impact', 'Mitigation']);
    expect(document.tables[0]?.rows.map((row) => row[0]?.text)).toEqual(['[Risk 1]', '[Risk 2]']);
    expect(document.checklists).toHaveLength(30);
    expect(document.checklists.filter((item) => item.section?.title === 'Review Checklist')).toHaveLength(6);
    expect(document.codeBlocks.map((block) => [block.lang, block.section?.title, at(block.position)])).toEqual([
      ['mermaid', 'Architecture Changes', '37:1-41:4'],
      ['typescript', 'Data Model Changes', '44:1-48:4'],
      ['gherkin', 'Acceptance Criteria', '78:1-82:4'],
    ]);
  });

  it('defines FR and NFR IDs opening task items; the Spec ID placeholder is not an ID', () => {
    expect(findIds(document, testIdFamilies).map((id) => [id.id, id.family, id.kind, at(id.position)])).toEqual([
      ['FR1', 'fr', 'definition', '68:7-68:10'],
      ['FR2', 'fr', 'definition', '69:7-69:10'],
      ['FR3', 'fr', 'definition', '70:7-70:10'],
      ['NFR1', 'nfr', 'definition', '73:7-73:11'],
      ['NFR2', 'nfr', 'definition', '74:7-74:11'],
      ['NFR3', 'nfr', 'definition', '75:7-75:11'],
    ]);
  });
});

describe('parseSpecDocument on the design-doc template', () => {
  const document = parseTemplate('design-doc.md');

  it('parses the YAML front matter with positions in the document', () => {
    const frontMatter = document.frontMatter!;
    expect(frontMatter.errors).toEqual([]);
    expect(frontMatter.data).toEqual({
      title: ['Feature/Component Name'],
      author: ['Your Name'],
      created: ['YYYY-MM-DD'],
      status: 'draft',
      version: 1,
      reviewers: [['Reviewer 1'], ['Reviewer 2']],
    });
    expect(frontMatter.raw.split('\n')[0]).toBe('title: [Feature/Component Name]');
    expect(at(frontMatter.position)).toBe('1:1-10:4');
  });

  it('turns each top-level key into a front-matter metadata field', () => {
    expect(document.metadataEntries.map((entry) => [entry.name, entry.raw, at(entry.keyPosition), at(entry.valuePosition)])).toEqual([
      ['title', '[Feature/Component Name]', '2:1-2:6', '2:8-2:32'],
      ['author', '[Your Name]', '3:1-3:7', '3:9-3:20'],
      ['created', '[YYYY-MM-DD]', '4:1-4:8', '4:10-4:22'],
      ['status', 'draft', '5:1-5:7', '5:9-5:14'],
      ['version', '1.0', '6:1-6:8', '6:10-6:13'],
      ['reviewers', '- [Reviewer 1]\n  - [Reviewer 2]', '7:1-7:10', '8:3-9:17'],
    ]);
    expect(document.metadata.version).toMatchObject({ style: 'front-matter', value: 1, raw: '1.0' });
    expect(at(document.metadata.reviewers?.position)).toBe('7:1-9:17');
  });

  it('takes the H1 after the front matter as the title and marks UI/UX optional', () => {
    expect(document.title).toMatchObject({ text: '[Specification Title]', parts: { name: '[Specification Title]' } });
    expect(document.title?.position.start.line).toBe(12);
    const uiUx = document.allSections.find((section) => section.rawTitle === 'UI/UX (if applicable)')!;
    expect(uiUx).toMatchObject({ title: 'UI/UX', markedOptional: true, level: 3 });
    expect(uiUx.children.map((section) => section.title)).toEqual(['Wireframes', 'User Flows', 'Accessibility']);
    // `Phase 1:` is a name, not a section number.
    expect(document.allSections.find((section) => section.title.startsWith('Phase 1'))?.number).toBeUndefined();
  });

  it('reads the tables, checklists, code blocks and links', () => {
    expect(document.tables.map((table) => [table.section?.title, table.header.length, table.rows.length])).toEqual([
      ['Timeline', 3, 4],
      ['Performance Targets', 3, 3],
      ['Risks and Mitigations', 4, 3],
      ['Change Log', 4, 1],
      ['Appendix C: Glossary', 2, 2],
    ]);
    expect(document.tables[1]?.rows[0]?.map((cell) => cell.text)).toEqual(['Response Time', '< 200ms', 'p95']);
    expect(document.checklists).toHaveLength(23);
    expect(document.codeBlocks.map((block) => block.lang ?? null)).toEqual([null, 'python', 'typescript', 'json', 'json', 'json']);
    expect(document.codeBlocks[0]?.value).toContain('Component A → Component B → Component C');
    expect(document.links.map((link) => [link.url, at(link.position)])).toEqual([
      ['link', '318:3-318:23'],
      ['link', '319:3-319:33'],
      ['link', '320:3-320:29'],
      ['link', '321:3-321:28'],
    ]);
    expect(findIds(document, testIdFamilies)).toEqual([]);
  });

  it('does not read bold-key lines in the body as metadata', () => {
    expect(document.metadata.description).toBeUndefined();
    expect(document.metadata.purpose).toBeUndefined();
    expect(document.metadataEntries.every((entry) => entry.style === 'front-matter')).toBe(true);
  });
});

describe('parseSpecDocument on the rfc template', () => {
  const document = parseTemplate('rfc-spec.md');

  it('reads the bold-key lines under the title (soft breaks in one paragraph)', () => {
    expect(metadataSummary(document)).toEqual([
      ['bold-lines', 'status', 'draft | review | approved | deprecated', '3:13-3:51'],
      ['bold-lines', 'author', '[Your Name]', '4:13-4:24'],
      ['bold-lines', 'created', 'YYYY-MM-DD', '5:14-5:24'],
      ['bold-lines', 'last updated', 'YYYY-MM-DD', '6:19-6:29'],
      ['bold-lines', 'reviewers', '@architect, @tech-lead, @security', '7:16-7:49'],
    ]);
    expect(document.metadata.endpoint).toBeUndefined();
    expect(document.metadata['link to prd']).toBeUndefined();
  });

  it('captures the RFC number in the title', () => {
    expect(document.title?.parts).toEqual({ prefix: 'SPEC 0001', number: '0001', name: '[Feature Title]' });
  });

  it('defines the RFC number in the title', () => {
    expect(findIds(document, testIdFamilies).map((id) => [id.id, id.family, id.kind, at(id.position)])).toEqual([
      ['SPEC 0001', 'rfc', 'definition', '1:3-1:12'],
    ]);
  });

  it('reads sections, code blocks, checklists and relative links', () => {
    expect(document.sections[0]?.children.map((section) => section.title)).toEqual([
      'Summary',
      'Motivation',
      'Proposal (API / Schema / Flow)',
      'Backwards Compatibility',
      'Rollout Plan',
      'Observability & SLO Impact',
      'Security / Compliance Considerations',
      'Alternatives',
      'Decision & Next Steps',
      'Related Documentation',
    ]);
    expect(document.codeBlocks.map((block) => [block.lang, block.section?.title])).toEqual([
      ['json', 'API Design'],
      ['json', 'API Design'],
      ['sql', 'Data Schema'],
      ['mermaid', 'Flow Diagram'],
    ]);
    const flag = document.checklists.find((item) => item.text.startsWith('Feature flag'))!;
    expect(flag.text).toBe('Feature flag (if applicable): feature_{name}_enabled');
    expect(document.checklists.find((item) => item.text.startsWith('Breaking changes'))?.text).toBe('Breaking changes - Describe impact:');
    expect(document.links.map((link) => [link.url, at(link.position)])).toEqual([
      ['../../strategy/prd-{feature}.md', '26:18-26:70'],
      ['../../strategy/prd-{feature}.md', '218:3-218:63'],
      ['../hld-{system}.md', '219:3-219:43'],
      ['../adr/', '220:3-220:41'],
      ['../../operations/runbook-{service}.md', '221:3-221:63'],
    ]);
  });
});

describe('parseSpecDocument on the why-what-how template', () => {
  const document = parseTemplate('why-what-how-spec.md');

  it('reads the bold-key lines under ## Overview (hard breaks), without the trailing spaces', () => {
    expect(metadataSummary(document)).toEqual([
      ['bold-lines', 'id', 'SPEC-[YYYY-MM-DD]-[NUMBER]', '4:9-4:35'],
      ['bold-lines', 'status', 'Draft | Review | Approved | Implemented', '5:13-5:52'],
      ['bold-lines', 'created', '[Date]', '6:14-6:20'],
      ['bold-lines', 'last updated', '[Date]', '7:19-7:25'],
    ]);
    expect(document.metadata.id?.raw).toBe('SPEC-[YYYY-MM-DD]-[NUMBER]');
    expect(document.metadata.performance).toBeUndefined();
  });

  it('builds the Why / What / How tree', () => {
    expect(document.sections[0]?.children.map((section) => section.title)).toEqual([
      'Overview',
      'Why (Purpose & Context)',
      'What (Requirements & Acceptance Criteria)',
      'How (Implementation Approach)',
      'Testing Strategy',
      'Risks & Mitigations',
      'Success Metrics',
      'Definition of Done',
      'References',
      'Implementation Notes',
    ]);
  });

  it('defines REQ, AC and TEST IDs that open list items', () => {
    expect(findIds(document, testIdFamilies).map((id) => [id.id, id.family, id.kind, at(id.position), id.section])).toEqual([
      ['REQ-001', 'req', 'definition', '23:7-23:14', 'Functional Requirements'],
      ['REQ-002', 'req', 'definition', '24:7-24:14', 'Functional Requirements'],
      ['REQ-003', 'req', 'definition', '25:7-25:14', 'Functional Requirements'],
      ['AC-1', 'ac', 'definition', '33:9-33:13', 'Acceptance Criteria'],
      ['AC-2', 'ac', 'definition', '34:9-34:13', 'Acceptance Criteria'],
      ['AC-3', 'ac', 'definition', '35:9-35:13', 'Acceptance Criteria'],
      ['TEST-001', 'test', 'definition', '72:7-72:15', 'Test Cases'],
      ['TEST-002', 'test', 'definition', '76:7-76:15', 'Test Cases'],
    ]);
  });

  it('reads nested task items and the decision table', () => {
    const nested = document.checklists.filter((item) => item.section?.title === 'Implementation Plan');
    expect(nested.map((item) => item.text)).toContain('Task 3.3: Validate acceptance criteria');
    expect(at(nested[0]?.position)).toBe('47:4-47:35');
    expect(document.tables[0]?.rows[0]?.map((cell) => cell.text)).toEqual(['[Area]', 'Option A, Option B', 'Option A', '[Why chosen]']);
  });
});
