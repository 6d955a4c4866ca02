import { describe, expect, it } from 'vitest';
import { testTemplate } from '../rules/testing/test-template.js';
import type { IdFamilySchema } from '../types/schema.js';
import { createUsedIdCollector } from './spec-ids.js';

const rfc: IdFamilySchema = { name: 'rfc', pattern: 'SPEC \\d{4}', find: 'SPEC \\d+(?!-)', scope: 'workspace', sequential: false };
const dated: IdFamilySchema = { name: 'spec', pattern: 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', scope: 'workspace', sequential: false };
const adr: IdFamilySchema = { name: 'adr', pattern: 'ADR-\\d{4}', scope: 'workspace', sequential: false };
const requirement: IdFamilySchema = { name: 'req', pattern: 'REQ-\\d{3}', scope: 'document', sequential: true };

const templates = [
  testTemplate('rfc', { idFamilies: [rfc] }),
  testTemplate('feature', { idFamilies: [dated, requirement] }),
  testTemplate('why-what-how', { idFamilies: [{ ...dated }, requirement] }),
  testTemplate('adr', { idFamilies: [adr] }),
];

describe('the used-ID collector', () => {
  it("finds the templates' document IDs only, well-formed, in text and file names", () => {
    const collector = createUsedIdCollector(templates);
    collector.addText('# SPEC 0003: Billing\n\nSee SPEC 0005, SPEC 12 (a typo), REQ-001, ADR-0007 and XSPEC 0009.\n**ID**: SPEC-2026-03-02-004');
    collector.addFileName('docs/specs/SPEC-2026-03-01-009-bulk-export.md');
    collector.addFileName('docs/rfc/0007-usage-metering.md');
    expect([...collector.used.ids].sort()).toEqual(['ADR-0007', 'SPEC 0003', 'SPEC 0005', 'SPEC-2026-03-01-009', 'SPEC-2026-03-02-004']);
    expect([...collector.used.fileNames]).toEqual(['SPEC-2026-03-01-009-bulk-export.md', '0007-usage-metering.md']);
  });

  it('takes each family once and knows the text every ID starts with', () => {
    const collector = createUsedIdCollector(templates);
    expect(collector.families.map((family) => family.name)).toEqual(['rfc', 'spec', 'adr']);
    expect(collector.literals).toEqual(['SPEC ', 'SPEC-', 'ADR-']);
    const unprefixed = createUsedIdCollector([testTemplate('ticket', { idFamilies: [{ name: 'n', pattern: '\\d{5}', scope: 'workspace', sequential: false }] })]);
    expect(unprefixed.literals).toBeUndefined();
    const escaped = createUsedIdCollector([testTemplate('doc', { idFamilies: [{ name: 'doc', pattern: 'DOC\\.\\d+', scope: 'workspace', sequential: false }] })]);
    expect(escaped.literals).toEqual(['DOC.']);
  });

  it('records reserved numbers and document IDs and returns the rest', () => {
    const collector = createUsedIdCollector(templates);
    expect(collector.addReserved([12, '0020', 'SPEC 0030', 'SPEC-2026-03-02-007', 'ADR-0002', 'soon', -1, 'SPEC 12'])).toEqual(['soon', -1, 'SPEC 12']);
    expect([...collector.used.ids]).toEqual(['12', '0020', 'SPEC 0030', 'SPEC-2026-03-02-007', 'ADR-0002']);
  });
});
