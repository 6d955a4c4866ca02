import { readTemplateFile } from '@specloom/core';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './spec-id.js';

const docs = readRuleDocCases(new URL('./spec-id.md', import.meta.url));
const tariffPreview = fixtureText('valid/SPEC-2026-01-14-001-tariff-preview.md');
const withSpecId = (value: string) => replaceOnce(tariffPreview, 'SPEC-2026-01-14-001', value);
const malformed = (value: string, example: string) => `Unexpected Spec ID "${value}", expected "SPEC-YYYY-MM-DD-NNN" (e.g. "${example}")`;

tester.run('spec-dated/spec-id', rule, {
  valid: [
    ...docs.valid,
    { name: 'the feature template text SPEC-[YYYY-MM-DD]-[NUMBER] is left to the placeholder rule', code: readTemplateFile(import.meta.url, 'templates/feature-spec.md').markdown },
    { name: 'the why/what/how template text is left to the placeholder rule', code: readTemplateFile(import.meta.url, 'templates/why-what-how-spec.md').markdown },
  ],
  invalid: [
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('SPEC-2026-1-5-1', 'SPEC-2026-01-05-001') },
    ...docs.invalid.slice(1),
    {
      name: 'the malformed ID of the invalid fixture, zero-padded by the fix',
      code: fixtureText('invalid/spec-id-malformed.md'),
      errors: [{ message: malformed('SPEC-2026-1-14-1', 'SPEC-2026-01-14-001'), line: 4, column: 16, severity: 2 }],
      output: tariffPreview,
    },
    ...['spec_2026_01_14_001', 'SPEC-20260114-001', 'SPEC-2026/01/14-1', 'SPEC-2026-01-14-0001'].map((value) => ({
      name: `${value} is fixed to SPEC-2026-01-14-001`,
      code: withSpecId(value),
      errors: [{ message: malformed(value, 'SPEC-2026-01-14-001'), line: 4, column: 16 }],
      output: tariffPreview,
    })),
    {
      name: 'an ID it cannot read has no fix, and an example from the Created date',
      code: withSpecId('SPEC-2026-01-A'),
      errors: [{ message: malformed('SPEC-2026-01-A', 'SPEC-2026-01-14-001'), line: 4, column: 16 }],
      output: null,
    },
    {
      name: 'a date that differs from Created warns, without a fix',
      code: replaceOnce(tariffPreview, '- **Created**: 2026-01-14', '- **Created**: 2026-01-12'),
      errors: [
        { message: 'Unexpected date 2026-01-14 in Spec ID "SPEC-2026-01-14-001", expected the Created date 2026-01-12', line: 4, column: 16, severity: 1 },
      ],
      output: null,
    },
    {
      name: 'a loose ID whose date is impossible is not fixed',
      code: withSpecId('SPEC-2026-2-30-1'),
      errors: [
        {
          message:
            'Unexpected Spec ID "SPEC-2026-2-30-1" with an impossible date (February 2026 has 28 days), expected "SPEC-YYYY-MM-DD-NNN" with a real calendar date',
          line: 4,
          column: 16,
        },
      ],
      output: null,
    },
    {
      name: 'the why/what/how ID under Overview',
      code: replaceOnce(fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md'), '**ID**: SPEC-2026-05-11-002', '**ID**: SPEC-2026-5-11-2'),
      errors: [{ message: malformed('SPEC-2026-5-11-2', 'SPEC-2026-05-11-002'), line: 4, column: 9 }],
      output: fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md'),
    },
  ],
});
