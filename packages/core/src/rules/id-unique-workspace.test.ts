import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/create-engine.js';
import { createTestConfig } from '../engine/testing/lint-with-rules.js';
import type { LintResult } from '../types/result.js';
import rule from './id-unique-workspace.js';
import { exampleText, filledExamples, mistakeExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { testTemplate } from './testing/test-template.js';
import { defined } from '../defined.js';

const rootDir = path.resolve(import.meta.dirname, 'workspace-fixture');
const template = testTemplate('feature', {
  idFamilies: [
    { name: 'spec', pattern: 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', scope: 'workspace', sequential: false },
    { name: 'fr', pattern: 'FR\\d+', scope: 'document', sequential: true },
  ],
});
const rules = { 'id-unique-workspace': rule };

/** Lint several texts as one workspace; messages read `file line:column message`, files relative to the root. */
function lintWorkspace(files: Record<string, string>, options: { template?: typeof template; fix?: boolean } = {}): string[] {
  const engine = createEngine(createTestConfig({ rules, template: options.template ?? template, rootDir }));
  const results: LintResult[] = engine.lintTexts(
    Object.entries(files).map(([file, text]) => ({ text, filePath: path.join(rootDir, file) })),
  );
  return results.flatMap((result) =>
    result.messages.map(
      (message) => `${path.relative(rootDir, result.filePath)} ${message.line}:${message.column} ${message.message}`,
    ),
  );
}

describe('id-unique-workspace', () => {
  const examples = readRuleDocExamples('id-unique-workspace');

  it('reports the invalid example of its docs on every file involved', () => {
    const [bulkExport, invoicePdf] = examples.invalid;
    const files = { 'specs/bulk-export.md': bulkExport, 'specs/invoice-pdf.md': defined(invoicePdf, 'a second invalid example') };
    expect(lintWorkspace(files)).toEqual(
      examples.messages,
    );
  });

  it('accepts the valid example of its docs', () => {
    const [bulkExport, invoicePdf] = examples.valid;
    const files = { 'specs/bulk-export.md': bulkExport, 'specs/invoice-pdf.md': defined(invoicePdf, 'a second valid example') };
    expect(lintWorkspace(files)).toEqual([]);
  });

  it('names every other file, relative to the reporting file, and ignores document-scoped IDs', () => {
    const spec = (id: string) => `# Feature Specification: X\n\n## Metadata\n- **Spec ID**: ${id}\n\n## Goals\n- [ ] FR1: Export.\n`;
    expect(
      lintWorkspace({
        'a/one.md': spec('SPEC-2026-01-01-001'),
        'b/two.md': spec('SPEC-2026-01-01-001'),
        'b/three.md': spec('SPEC-2026-01-01-001'),
        'b/four.md': spec('SPEC-2026-01-01-002'),
      }),
    ).toEqual([
      'a/one.md 4:16 Unexpected ID "SPEC-2026-01-01-001" also defined in "../b/two.md", "../b/three.md", expected an ID unique across the workspace',
      'b/two.md 4:16 Unexpected ID "SPEC-2026-01-01-001" also defined in "../a/one.md", "three.md", expected an ID unique across the workspace',
      'b/three.md 4:16 Unexpected ID "SPEC-2026-01-01-001" also defined in "../a/one.md", "two.md", expected an ID unique across the workspace',
    ]);
  });

  it('does not count a list of related specs as defining their IDs', () => {
    const spec = (id: string, related = '') =>
      `# Feature Specification: X\n\n## Metadata\n- **Spec ID**: ${id}\n\n## Goals\n- [ ] FR1: Export.\n${related}`;
    const related = '\n## Related Specs\n- SPEC-2026-01-14-001: Tariff preview\n';
    expect(
      lintWorkspace({ 'tariffs.md': spec('SPEC-2026-01-14-001'), 'billing.md': spec('SPEC-2026-02-01-001', related) }),
    ).toEqual([]);
  });

  it('finds the RFC number shared by two real RFCs, and nothing among the filled examples', () => {
    const rfc = realTemplate('rfc');
    const filled = exampleText(filledExamples.rfc).text;
    expect(lintWorkspace({ 'rfc/0007-billing-webhooks.md': filled, 'rfc/0007-copy.md': filled }, { template: rfc })).toEqual([
      'rfc/0007-billing-webhooks.md 1:3 Unexpected ID "SPEC 0007" also defined in "0007-copy.md", expected an ID unique across the workspace',
      'rfc/0007-copy.md 1:3 Unexpected ID "SPEC 0007" also defined in "0007-billing-webhooks.md", expected an ID unique across the workspace',
    ]);
    const ids: RealTemplateId[] = ['feature', 'why-what-how'];
    for (const id of ids) {
      const files = { 'filled.md': exampleText(filledExamples[id]).text, 'mistake.md': exampleText(mistakeExamples[id]).text };
      expect(lintWorkspace(files, { template: realTemplate(id) })).toEqual([]);
    }
  });

  it('takes Supersedes / Superseded by as references to the other RFC, not a second definition of its number', () => {
    const rfc = realTemplate('rfc');
    const old = '# SPEC 0017: Webhook signatures v2\n\n**Status**: deprecated\n**Superseded by**: SPEC 0071\n';
    const successor = '# SPEC 0071: Webhook signatures v3\n\n**Status**: approved\n**Supersedes**: SPEC 0017\n';
    expect(lintWorkspace({ 'rfc/0017-v2.md': old, 'rfc/0071-v3.md': successor }, { template: rfc })).toEqual([]);
    const clash = '# SPEC 0017: Webhook retries\n\n**Status**: draft\n';
    expect(lintWorkspace({ 'rfc/0017-v2.md': old, 'rfc/0017-retries.md': clash }, { template: rfc })).toEqual([
      'rfc/0017-v2.md 1:3 Unexpected ID "SPEC 0017" also defined in "0017-retries.md", expected an ID unique across the workspace',
      'rfc/0017-retries.md 1:3 Unexpected ID "SPEC 0017" also defined in "0017-v2.md", expected an ID unique across the workspace',
    ]);
  });
});
