import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import { beforeAll, describe, expect, it } from 'vitest';
import designDoc from '@specloom/plugin-design-doc';
import rfc from '@specloom/plugin-rfc';
import specDated from '@specloom/plugin-spec-dated';
import product from '../src/index.js';
import { examplesDir, fixtureNames, fixturePath } from './helpers/fixtures.js';
import { TODAY } from './lint-rule.js';

/** A finding a fixture must get: its line, rule and the part of the message that names what was expected. */
interface Expected {
  line: number;
  ruleId: string;
  message: string;
  /** 2 (error) unless given. */
  severity?: 1 | 2;
}

/** `invalid/EXPECTED.md`, one entry per file; nothing else may be reported on these files. */
const expectedByFixture: Record<string, Expected[]> = {
  'spike-wrong-initial.md': [
    { line: 49, ruleId: 'product/spike-id', message: 'Spike G-002 does not match product Station: expected S-002' },
  ],
  'status-not-in-lifecycle.md': [
    {
      line: 3,
      ruleId: 'metadata-enum',
      message: 'Unexpected value "Shipped" for "Status", expected one of "Draft", "Approved", "In Progress", "Implemented", "Archived"',
    },
  ],
  'priority-label-mismatch.md': [
    { line: 7, ruleId: 'product/priority', message: 'Unexpected priority "P2 High", expected "P2 Medium" or "P1 High"' },
  ],
  'agpl-marked-safe.md': [
    {
      line: 64,
      ruleId: 'product/license-verdict',
      message: 'AGPL-3.0-or-later is a known license trap: expected a restricted verdict, not "✅ Safe"',
    },
  ],
  'license-not-spdx.md': [
    {
      line: 51,
      ruleId: 'product/license-spdx',
      message: 'Unexpected license "Apache 2" for "OpenTelemetry Rust SDK", expected an SPDX identifier such as "Apache-2.0"',
      // A spelling is a convention: a warning.
      severity: 1,
    },
  ],
  'spike-duplicate-id.md': [
    {
      line: 53,
      ruleId: 'id-duplicate',
      message: 'Unexpected second definition of "G-002", expected a unique ID (first defined on line 52)',
    },
  ],
  // The subsections 7.1 and 7.2 follow their parent's wrong number and are reported with it.
  'section-number-mismatch.md': [
    { line: 51, ruleId: 'section-numbering', message: 'Unexpected section number "7" for "Testing", expected "8"' },
    { line: 53, ruleId: 'section-numbering', message: 'Unexpected section number "7.1" for "Unit Tests", expected "8.1"' },
    { line: 60, ruleId: 'section-numbering', message: 'Unexpected section number "7.2" for "Regression Suite", expected "8.2"' },
  ],
  'implemented-regression-unchecked.md': [
    {
      line: 108,
      ruleId: 'status-checklists',
      message:
        'Unexpected unchecked Regression Suite item "No tests silently skipped (@pytest.mark.skip audit)" at status Implemented, expected every item checked',
    },
  ],
};

/** `examples/mistakes/EXPECTED.md`, the product section. */
const expectedInMistakes: Expected[] = [
  { line: 3, ruleId: 'metadata-enum', message: 'Unexpected value "Done" for "Status"' },
  { line: 5, ruleId: 'metadata-date', message: 'Unexpected invalid date "2026-02-30" for "Created"' },
  { line: 7, ruleId: 'product/priority', message: 'Unexpected priority "P1 Low", expected "P1 High" or "P3 Low"' },
  { line: 48, ruleId: 'product/spike-id', message: 'Spike S-002 does not match product Grid: expected G-002' },
  { line: 64, ruleId: 'product/license-verdict', message: 'AGPL-3.0-only is a known license trap' },
  { line: 100, ruleId: 'placeholder', message: 'Unexpected unfilled placeholder "[Component A]"' },
];

let lint: (filePath: string) => LintResult;

beforeAll(async () => {
  const rootDir = path.resolve(import.meta.dirname, '..');
  const config = await resolveConfig({}, { rootDir, builtinPlugins: [product, specDated, designDoc, rfc] });
  const engine = createEngine(config);
  lint = (filePath) => engine.lintTexts([{ text: readFileSync(filePath, 'utf8'), filePath }], { today: TODAY })[0]!;
});

/** Messages as `line ruleId message`, for readable failures. */
const describeMessages = (result: LintResult) =>
  result.messages.map((message) => `${message.line} ${message.ruleId} ${message.message}`);

function expectFindings(result: LintResult, expected: Expected[]): void {
  expect(result.template).toBe('product');
  expect(describeMessages(result)).toHaveLength(expected.length);
  expected.forEach((finding, index) => {
    const message = result.messages[index];
    expect(`${message?.line} ${message?.ruleId} ${message?.message}`).toContain(`${finding.line} ${finding.ruleId} ${finding.message}`);
    expect(message?.severity).toBe(finding.severity ?? 2);
  });
}

describe('product fixtures through the built-in config (all plugins, all recommended rules)', () => {
  it.each(fixtureNames('valid'))('valid/%s has no errors and no warnings', (name) => {
    const result = lint(fixturePath('valid', name));
    expect(result.template).toBe('product');
    expect(describeMessages(result)).toEqual([]);
  });

  it('the clean product example has no errors and no warnings', () => {
    const result = lint(path.join(examplesDir, 'product/station-offline-sync.md'));
    expect(result.template).toBe('product');
    expect(describeMessages(result)).toEqual([]);
  });

  it('every invalid fixture is listed here', () => {
    expect(fixtureNames('invalid')).toEqual(Object.keys(expectedByFixture).sort());
  });

  it.each(Object.entries(expectedByFixture))('invalid/%s gets exactly the finding EXPECTED.md lists', (name, expected) => {
    expectFindings(lint(fixturePath('invalid', name)), expected);
  });

  it('the product example with mistakes gets exactly the findings its EXPECTED.md lists', () => {
    expectFindings(lint(path.join(examplesDir, 'mistakes/product-grid-load-forecast.md')), expectedInMistakes);
  });
});
