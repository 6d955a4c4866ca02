import { describe, expect, it } from 'vitest';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { fixtureText, lintRule, messageLines, replaceOnce, severityLines } from '../testing/lint-rule.js';
import { readTemplate } from '../template-source.js';

const tariffPreview = fixtureText('valid/SPEC-2026-01-14-001-tariff-preview.md');
const withSpecId = (value: string) => replaceOnce(tariffPreview, 'SPEC-2026-01-14-001', value);

describe('spec-dated/spec-id', () => {
  testDocExamplesAndCleanSpecs('spec-id');

  it('reports the malformed ID of the invalid fixture and fixes the zero-padding', () => {
    const text = fixtureText('invalid/spec-id-malformed.md');
    const result = lintRule('spec-id', text, { fix: true });
    expect(severityLines(lintRule('spec-id', text))).toEqual([
      '4:16 error Unexpected Spec ID "SPEC-2026-1-14-1", expected "SPEC-YYYY-MM-DD-NNN" (e.g. "SPEC-2026-01-14-001")',
    ]);
    expect(result.output).toBe(tariffPreview);
  });

  it.each([
    ['spec_2026_01_14_001', 'SPEC-2026-01-14-001'],
    ['SPEC-20260114-001', 'SPEC-2026-01-14-001'],
    ['SPEC-2026/01/14-1', 'SPEC-2026-01-14-001'],
    ['SPEC-2026-01-14-0001', 'SPEC-2026-01-14-001'],
  ])('fixes %s to %s', (value, fixed) => {
    const result = lintRule('spec-id', withSpecId(value), { fix: true });
    expect(result.output).toBe(tariffPreview);
    expect(messageLines(lintRule('spec-id', withSpecId(value)))).toEqual([
      `4:16 Unexpected Spec ID "${value}", expected "SPEC-YYYY-MM-DD-NNN" (e.g. "${fixed}")`,
    ]);
  });

  it('reports an ID it cannot read without a fix, with an example from the Created date', () => {
    const result = lintRule('spec-id', withSpecId('SPEC-2026-01-A'));
    expect(messageLines(result)).toEqual([
      '4:16 Unexpected Spec ID "SPEC-2026-01-A", expected "SPEC-YYYY-MM-DD-NNN" (e.g. "SPEC-2026-01-14-001")',
    ]);
    expect(result.messages[0].fix).toBeUndefined();
  });

  it('warns when the date differs from Created, without a fix', () => {
    const text = replaceOnce(tariffPreview, '- **Created**: 2026-01-14', '- **Created**: 2026-01-12');
    const result = lintRule('spec-id', text);
    expect(severityLines(result)).toEqual([
      '4:16 warn Unexpected date 2026-01-14 in Spec ID "SPEC-2026-01-14-001", expected the Created date 2026-01-12',
    ]);
    expect(result.messages[0].fix).toBeUndefined();
  });

  it('does not fix a loose ID whose date is impossible', () => {
    const result = lintRule('spec-id', withSpecId('SPEC-2026-2-30-1'));
    expect(messageLines(result)).toEqual([
      '4:16 Unexpected Spec ID "SPEC-2026-2-30-1" with an impossible date (February 2026 has 28 days), expected "SPEC-YYYY-MM-DD-NNN" with a real calendar date',
    ]);
    expect(result.messages[0].fix).toBeUndefined();
  });

  it('leaves the template text SPEC-[YYYY-MM-DD]-[NUMBER] to the placeholder rule', () => {
    expect(messageLines(lintRule('spec-id', readTemplate('feature-spec.md').markdown))).toEqual([]);
    expect(messageLines(lintRule('spec-id', readTemplate('why-what-how-spec.md').markdown))).toEqual([]);
  });

  it('reads the why/what/how ID under Overview', () => {
    const text = replaceOnce(
      fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md'),
      '**ID**: SPEC-2026-05-11-002',
      '**ID**: SPEC-2026-5-11-2',
    );
    expect(messageLines(lintRule('spec-id', text))).toEqual([
      '4:9 Unexpected Spec ID "SPEC-2026-5-11-2", expected "SPEC-YYYY-MM-DD-NNN" (e.g. "SPEC-2026-05-11-002")',
    ]);
  });
});
