import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './license-verdict.js';

const lint = (text: string) => lintProduct(text, 'license-verdict', rule);
const crossProduct = fixtureText('valid', 'cross-product-sso-audit-trail.md');
const postgresRow = '| PostgreSQL | PostgreSQL | ✅ Unrestricted | ✅ Safe |';
const withRow = (row: string) => replaceOnce(crossProduct, postgresRow, row);

describe('product/license-verdict', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('license-verdict');
    const results = lintDocExamples(examples, lint);
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture and the filled example', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
    const example = readFileSync(path.join(examplesDir, 'product/station-offline-sync.md'), 'utf8');
    expect(messageLines(lint(example))).toEqual([]);
  });

  it('reports AGPL marked safe as an error', () => {
    const result = lint(fixtureText('invalid', 'agpl-marked-safe.md'));
    expect(messageLines(result)).toEqual([
      '64:78 AGPL-3.0-or-later is a known license trap: expected a restricted verdict, not "✅ Safe"',
    ]);
    expect(result.messages[0].severity).toBe(2);
  });

  it('reports the traps the template warns about, however they are written', () => {
    const rows: Array<[string, string]> = [
      ['| Redis 7.4 | RSALv2 OR SSPL-1.0 | ✅ Unrestricted | ✅ Safe |', 'LicenseRef-RSALv2 AND SSPL-1.0'],
      ['| Elasticsearch | Elastic-2.0 | ✅ Unrestricted | ✅ Safe |', 'Elastic-2.0'],
      ['| `redisearch` | Apache-2.0 + Commons Clause | ✅ Unrestricted | ✅ Safe |', 'LicenseRef-Commons-Clause'],
      ['| Terraform 1.6 | BUSL-1.1 | ✅ Unrestricted | ✅ Safe |', 'BUSL-1.1'],
      ['| Mongo driver docs | CC-BY-NC-4.0 | ✅ Unrestricted | ✅ Safe |', 'CC-BY-NC-4.0'],
    ];
    for (const [row, licenses] of rows) {
      const messages = messageLines(lint(withRow(row)));
      expect(messages, row).toHaveLength(1);
      expect(messages[0]).toContain(`${licenses} is a known license trap: expected a restricted verdict`);
    }
  });

  it('still sees the trap behind a license written in no SPDX form', () => {
    expect(messageLines(lint(withRow('| MinIO | AGPLv3 | ✅ Unrestricted | ✅ Safe |')))).toEqual([
      '64:37 AGPL-3.0-or-later is a known license trap: expected a restricted verdict, not "✅ Safe"',
    ]);
  });

  it('reports a trap called unrestricted even under a careful verdict', () => {
    expect(messageLines(lint(withRow('| MinIO | AGPL-3.0-only | ✅ Unrestricted | ⚠️ Legal review |')))).toEqual([
      '64:27 AGPL-3.0-only is a known license trap: expected a restricted verdict, not "✅ Unrestricted"',
    ]);
  });

  it('warns about strong copyleft marked safe', () => {
    const result = lint(withRow('| `readline` | GPL-3.0-only | ✅ Unrestricted | ✅ Safe |'));
    expect(messageLines(result)).toEqual([
      '64:48 GPL-3.0-only is strong copyleft: expected a restricted or conditional verdict, not "✅ Safe"',
    ]);
    expect(result.messages[0].severity).toBe(1);
  });

  it('accepts choices with a safe option, exceptions, and careful verdicts', () => {
    for (const row of [
      '| Zstandard | BSD-3-Clause OR GPL-2.0-only | ✅ Unrestricted under BSD | ✅ Safe |',
      '| OpenJDK | GPL-2.0-only WITH Classpath-exception-2.0 | ✅ Unrestricted | ✅ Safe |',
      '| MinIO | AGPL-3.0-only | ❌ Network copyleft | ❌ Rejected: use S3 |',
      '| `readline` | GPL-3.0-only | ✅ Internal tool, nothing distributed | ❌ Not in the product |',
      '| `libdwarf` | LGPL-2.1-only | ⚠️ Dynamic linking only | ✅ Safe |',
    ]) {
      expect(messageLines(lint(withRow(row))), row).toEqual([]);
    }
  });

  it('reports a verdict that contradicts Commercial Use', () => {
    expect(messageLines(lint(withRow('| PostgreSQL | PostgreSQL | ✅ Unrestricted | ❌ Rejected |')))).toEqual([
      '64:46 Unexpected verdict "❌ Rejected" for "PostgreSQL", expected a safe verdict to agree with Commercial Use "✅ Unrestricted"',
    ]);
  });
});
