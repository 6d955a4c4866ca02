import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsed, parsedFixture } from '../../test/render-fixture.js';
import { specDatedJsonRenderer, type SpecDatedJson } from './spec-json.js';

function json(name: string): SpecDatedJson {
  const { document, context } = parsedFixture(name);
  return JSON.parse(specDatedJsonRenderer.render(document, context)) as SpecDatedJson;
}

describe('json renderer', () => {
  it('keeps core’s document JSON and adds the specDated block', () => {
    const output = json('valid/SPEC-2026-09-01-003-gdpr-data-export.md');
    expect(output.$schema).toBe('https://specloom.dev/schema/spec-document.schema.json');
    expect(output.template).toBe('why-what-how');
    expect(output.status).toBe('Approved');
    expect(output.specDated.specId).toBe('SPEC-2026-09-01-003');
    expect(output.specDated.date).toBe('2026-09-01');
  });

  it('lists why/what/how requirements with their keyword and the ID-less NFR bullets', () => {
    const { requirements } = json('valid/SPEC-2026-09-01-003-gdpr-data-export.md').specDated;
    expect(requirements).toHaveLength(8);
    expect(requirements[1]).toEqual({
      id: 'REQ-002',
      kind: 'REQ',
      keyword: 'MUST',
      text: 'The export MUST include every category listed in the register of processing activities.',
      checked: null,
      line: 28,
    });
    expect(requirements[4]).toMatchObject({ id: 'REQ-005', keyword: 'MAY', line: 31 });
    expect(requirements[6]).toEqual({
      id: null,
      kind: 'NFR',
      keyword: null,
      text: 'Security: download links valid for 24 hours and for the requesting account only',
      checked: null,
      line: 35,
    });
  });

  it('splits prose acceptance criteria into given, when and then (quoted words stay text)', () => {
    const { acceptanceCriteria } = json('valid/SPEC-2026-09-01-003-gdpr-data-export.md').specDated;
    expect(acceptanceCriteria.map((criterion) => criterion.id)).toEqual(['AC-1', 'AC-2', 'AC-3', 'AC-4']);
    expect(acceptanceCriteria[0]).toMatchObject({
      given: 'a signed-in driver',
      when: 'they tap "Download my data" and confirm their password',
      then: 'an export is queued and they see the expected ready time',
      checked: false,
      line: 39,
    });
  });

  it('reads test cases with their Input and Expected lines', () => {
    const { tests } = json('valid/SPEC-2026-09-01-003-gdpr-data-export.md').specDated;
    expect(tests.map((test) => test.id)).toEqual(['TEST-001', 'TEST-002', 'TEST-003', 'TEST-004', 'TEST-005']);
    expect(tests[3]).toEqual({
      id: 'TEST-004',
      title: 'Test edge case for REQ-005 (AC-3)',
      input: 'second request 3 hours after the first',
      expected: "HTTP 429 with the existing export's ID and ready time",
      line: 95,
    });
  });

  // TEST-002 "Test REQ-002 completeness" cites no AC; TEST-001 cites REQ-001, REQ-003 and AC-1.
  it('traces each requirement to its tests and criteria, with where the link is written', () => {
    const { traceability, coverage } = json('valid/SPEC-2026-09-01-003-gdpr-data-export.md').specDated;
    expect(traceability[1]).toEqual({
      requirement: 'REQ-002',
      kind: 'REQ',
      keyword: 'MUST',
      line: 28,
      must: true,
      covered: true,
      acceptanceCriteria: [],
      tests: [{ id: 'TEST-002', name: null, line: 87, via: null, reference: { line: 87, section: 'Test Cases' } }],
    });
    expect(traceability[2]?.acceptanceCriteria).toEqual([
      { id: 'AC-1', name: null, line: 39, via: 'TEST-001', reference: { line: 83, section: 'Test Cases' } },
    ]);
    expect(coverage).toEqual({ mustRequirements: 3, mustCovered: 3, uncoveredMust: [], summary: '3 of 3 MUST requirements covered' });
  });

  it('reads a feature spec: checked FR/NFR items and Gherkin scenarios', () => {
    const { specDated } = json('valid/SPEC-2026-06-22-001-invoice-credit-notes.md');
    expect(specDated.requirements[0]).toEqual({
      id: 'FR1',
      kind: 'FR',
      keyword: null,
      text: 'Issued invoices cannot be modified by any API or admin tool.',
      checked: true,
      line: 83,
    });
    expect(specDated.requirements[8]).toMatchObject({ id: 'NFR4', kind: 'NFR', text: 'Compliance - documents pass the tax adviser checklists for NL, DE and BE', line: 93 });
    expect(specDated.acceptanceCriteria).toEqual([
      {
        id: null,
        name: 'Partial credit for one wrong session',
        given: 'a March 2026 invoice with 212 sessions for tenant "Parkstad Laden" and session 88 was billed at 0.79 EUR/kWh instead of 0.49 EUR/kWh',
        when: 'support credits line 88 with reason "wrong_tariff"',
        then: "a credit note with the next number is issued for the price difference and the original invoice is unchanged but the customer's open balance is reduced by the credited amount",
        text: null,
        checked: null,
        line: 97,
      },
      {
        id: null,
        name: 'Editing an issued invoice is refused',
        given: 'an issued invoice',
        when: 'any client sends a PATCH for one of its lines',
        then: 'the API answers 409 with "Issued invoices are immutable; issue a credit note"',
        text: null,
        checked: null,
        line: 105,
      },
    ]);
    expect(specDated.tests).toEqual([]);
  });

  it('shows a malformed Spec ID as written, without a date', () => {
    const { specDated } = json('invalid/spec-id-malformed.md');
    expect(specDated.specId).toBe('SPEC-2026-1-14-1');
    expect(specDated.date).toBeNull();
  });

  it('shows a requirement without a keyword with keyword null', () => {
    const { requirements, traceability } = json('invalid/requirement-without-keyword.md').specDated;
    expect(requirements[3]).toMatchObject({ id: 'REQ-004', keyword: null, text: 'Operators can pin a fixed interval per charger model.' });
    expect(traceability[3]).toMatchObject({ requirement: 'REQ-004', must: false, covered: true });
  });

  it('renders the unfilled template: placeholders as written, the Spec ID slot as null', () => {
    const text = readFileSync(new URL('../../templates/why-what-how-spec.md', import.meta.url), 'utf8');
    const { document, context } = parsed(text);
    const { specDated } = JSON.parse(specDatedJsonRenderer.render(document, context)) as SpecDatedJson;
    expect(specDated.specId).toBeNull();
    expect(specDated.date).toBeNull();
    expect(specDated.acceptanceCriteria[2]).toMatchObject({
      id: 'AC-3',
      given: null,
      when: null,
      then: null,
      text: 'Edge case: [description of edge case handling]',
    });
    expect(specDated.coverage.uncoveredMust).toEqual(['REQ-001']);
  });

  it('shows missing parts of a defective document as null', () => {
    const text = [
      '# Specification: Partial',
      '',
      '## Overview',
      '**ID**: SPEC-2026-02-30-001  ',
      '**Status**: Draft  ',
      '',
      '## Why',
      'Because.',
      '',
      '## What',
      '1. **[REQ-001]** The API MUST answer.',
      '- [ ] **AC-1**: When the API is called, then it answers',
      '',
      '## How',
      '1. **[TEST-001]** Test REQ-001',
      '   - Input: a request',
      '',
      '| Test | Input | Expected | Notes |',
      '|------|-------|----------|-------|',
      '| TEST-002 | | 200 |',
      '',
    ].join('\n');
    const { document, context } = parsed(text);
    const { specDated } = JSON.parse(specDatedJsonRenderer.render(document, context)) as SpecDatedJson;
    expect(specDated.specId).toBe('SPEC-2026-02-30-001');
    expect(specDated.date).toBeNull();
    expect(specDated.acceptanceCriteria[0]).toMatchObject({ id: 'AC-1', given: null, when: 'the API is called', then: 'it answers' });
    expect(specDated.tests).toEqual([
      { id: 'TEST-001', title: 'Test REQ-001', input: 'a request', expected: null, line: 15 },
      { id: 'TEST-002', title: '', input: null, expected: '200', line: 20 },
    ]);
    expect(specDated.traceability[0]).toMatchObject({ requirement: 'REQ-001', covered: true });
  });
});
