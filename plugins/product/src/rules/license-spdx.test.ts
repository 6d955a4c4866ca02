import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './license-spdx.js';

const lint = (text: string, fix = false) => lintProduct(text, 'license-spdx', rule, { fix });
const trace = fixtureText('valid', 'trace-ocpp-message-sampling.md');
const withLicense = (value: string) => replaceOnce(trace, '| `tokio` | MIT |', `| \`tokio\` | ${value} |`);

describe('product/license-spdx', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('license-spdx');
    const results = lintDocExamples(examples, (text) => lint(text));
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture and the filled example', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
    const example = readFileSync(path.join(examplesDir, 'product/station-offline-sync.md'), 'utf8');
    expect(messageLines(lint(example))).toEqual([]);
  });

  it('reports a license that is not an SPDX identifier, with the id it most likely means', () => {
    expect(messageLines(lint(fixtureText('invalid', 'license-not-spdx.md')))).toEqual([
      '51:28 Unexpected license "Apache 2" for "OpenTelemetry Rust SDK", expected an SPDX identifier such as "Apache-2.0"',
    ]);
  });

  it('accepts SPDX expressions, any letter case, notes and licenses without an SPDX id', () => {
    for (const value of [
      'apache-2.0',
      'MIT or Apache-2.0',
      '(MIT OR Apache-2.0) AND Unicode-3.0',
      'Apache-2.0 WITH LLVM-exception',
      'GPL-2.0+',
      'Elastic-2.0 (since 7.11)',
      'LicenseRef-Acme-EULA',
      'RSALv2 OR SSPL-1.0',
      'Apache-2.0 + Commons Clause',
      'Proprietary',
    ]) {
      expect(messageLines(lint(withLicense(value))), value).toEqual([]);
    }
  });

  it('suggests the SPDX form of common names', () => {
    const cases: Array<[string, string]> = [
      ['GPLv3', 'GPL-3.0-or-later'],
      ['MIT License', 'MIT'],
      ['ELv2', 'Elastic-2.0'],
      ['BSL 1.1', 'BUSL-1.1'],
    ];
    for (const [value, suggestion] of cases) {
      expect(messageLines(lint(withLicense(value)))).toEqual([
        `49:13 Unexpected license "${value}" for "tokio", expected an SPDX identifier such as "${suggestion}"`,
      ]);
    }
  });

  it('fixes the slash shorthand for a choice, and only that', () => {
    expect(lint(withLicense('MIT/Apache-2.0'), true).output).toBe(withLicense('MIT OR Apache-2.0'));
    const unknown = lint(withLicense('Public Domain'));
    expect(messageLines(unknown)).toEqual([
      '49:13 Unexpected license "Public Domain" for "tokio", expected an SPDX identifier or expression (https://spdx.org/licenses/)',
    ]);
    expect(unknown.messages[0].fix).toBeUndefined();
  });

  it('reports an empty License cell', () => {
    expect(messageLines(lint(withLicense('')))).toEqual([
      '49:11 Missing license for "tokio", expected an SPDX identifier such as "MIT" or "Apache-2.0"',
    ]);
  });

  it('reads a "None" row as no dependencies to audit', () => {
    const text = trace.replace(/(\|------------\|---------\|----------------\|---------\|\n)(?:\|.*\n)+/, '$1| None | — | — | — |\n');
    expect(text).toContain('| None | — | — | — |');
    expect(messageLines(lint(text))).toEqual([]);
  });
});
