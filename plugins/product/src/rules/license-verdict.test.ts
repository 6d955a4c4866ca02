import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './license-verdict.js';

const docs = readRuleDocCases(new URL('./license-verdict.md', import.meta.url));
const crossProduct = fixtureText('valid', 'cross-product-sso-audit-trail.md');
const withRow = (row: string) => replaceOnce(crossProduct, '| PostgreSQL | PostgreSQL | ✅ Unrestricted | ✅ Safe |', row);
/** Where the Verdict cell of a row starts, for a row on line 64. */
const verdictColumn = (row: string) => row.lastIndexOf('| ') + 3;

tester.run('product/license-verdict', rule, {
  valid: [
    ...docs.valid,
    ...[
      '| Zstandard | BSD-3-Clause OR GPL-2.0-only | ✅ Unrestricted under BSD | ✅ Safe |',
      '| OpenJDK | GPL-2.0-only WITH Classpath-exception-2.0 | ✅ Unrestricted | ✅ Safe |',
      '| MinIO | AGPL-3.0-only | ❌ Network copyleft | ❌ Rejected: use S3 |',
      '| `readline` | GPL-3.0-only | ✅ Internal tool, nothing distributed | ❌ Not in the product |',
      '| `libdwarf` | LGPL-2.1-only | ⚠️ Dynamic linking only | ✅ Safe |',
      '| `serde` | MIT / Apache-2.0 | ✅ Unrestricted | ✅ Safe |',
      '| Ghostscript | MIT / AGPL-3.0 | ✅ Unrestricted under MIT | ✅ Safe |',
      '| CUDA Toolkit | NVIDIA CUDA EULA | ⚠️ Redistribution limits | ⚠️ Runtime only |',
    ].map((row) => ({ name: `a choice with a safe option, an exception or a careful verdict: ${row}`, code: withRow(row) })),
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'an empty License cell does not stop the rule: a trap in a later row is still found',
      code: replaceOnce(withRow('| MinIO | AGPL-3.0-only | ✅ Unrestricted | ✅ Safe |'), '| `ajv` | MIT |', '| `ajv` |  |'),
      errors: [{ message: 'AGPL-3.0-only is a known license trap: expected a restricted verdict, not "✅ Safe"', line: 64, column: 44 }],
    },
    {
      name: 'AGPL marked safe is an error',
      code: fixtureText('invalid', 'agpl-marked-safe.md'),
      errors: [{ message: 'AGPL-3.0-or-later is a known license trap: expected a restricted verdict, not "✅ Safe"', line: 64, column: 78, severity: 2 }],
    },
    ...([
      ['| Redis 7.4 | RSALv2 OR SSPL-1.0 | ✅ Unrestricted | ✅ Safe |', 'LicenseRef-RSALv2 AND SSPL-1.0'],
      ['| Elasticsearch | Elastic-2.0 | ✅ Unrestricted | ✅ Safe |', 'Elastic-2.0'],
      ['| `redisearch` | Apache-2.0 + Commons Clause | ✅ Unrestricted | ✅ Safe |', 'LicenseRef-Commons-Clause'],
      ['| Terraform 1.6 | BUSL-1.1 | ✅ Unrestricted | ✅ Safe |', 'BUSL-1.1'],
      ['| Mongo driver docs | CC-BY-NC-4.0 | ✅ Unrestricted | ✅ Safe |', 'CC-BY-NC-4.0'],
      // Spelled in words, not SPDX ids: a trap is a trap however it is written.
      ['| Redis 7.4 | RSALv2 / SSPLv1 | ✅ Unrestricted | ✅ Safe |', 'LicenseRef-RSALv2 AND SSPL-1.0'],
      ['| Elasticsearch 8.11 | SSPL / Elastic License 2.0 | ✅ Unrestricted | ✅ Safe |', 'SSPL-1.0 AND Elastic-2.0'],
      ['| Grafana Tempo | GNU Affero GPL v3 | ✅ Unrestricted | ✅ Safe |', 'AGPL-3.0-or-later'],
      ['| Tempo | Affero license (network copyleft) | ✅ Unrestricted | ✅ Safe |', 'AGPL-3.0-or-later'],
      ['| Vault 1.15 | Business Source License 1.1 | ✅ Unrestricted | ✅ Safe |', 'BUSL-1.1'],
    ] as const).map(([row, licenses]) => ({
      name: `a trap the template warns about, however it is written: ${row}`,
      code: withRow(row),
      errors: [{ message: `${licenses} is a known license trap: expected a restricted verdict, not "✅ Safe"`, line: 64, column: verdictColumn(row) }],
    })),
    {
      name: 'the trap behind a license written in no SPDX form',
      code: withRow('| MinIO | AGPLv3 | ✅ Unrestricted | ✅ Safe |'),
      errors: [{ message: 'AGPL-3.0-or-later is a known license trap: expected a restricted verdict, not "✅ Safe"', line: 64, column: 37 }],
    },
    {
      name: 'a trap called unrestricted even under a careful verdict',
      code: withRow('| MinIO | AGPL-3.0-only | ✅ Unrestricted | ⚠️ Legal review |'),
      errors: [{ message: 'AGPL-3.0-only is a known license trap: expected a restricted verdict, not "✅ Unrestricted"', line: 64, column: 27 }],
    },
    {
      name: 'strong copyleft marked safe is a warning',
      code: withRow('| `readline` | GPL-3.0-only | ✅ Unrestricted | ✅ Safe |'),
      errors: [{ message: 'GPL-3.0-only is strong copyleft: expected a restricted or conditional verdict, not "✅ Safe"', line: 64, column: 48, severity: 1 }],
    },
    {
      name: 'a verdict that contradicts Commercial Use',
      code: withRow('| PostgreSQL | PostgreSQL | ✅ Unrestricted | ❌ Rejected |'),
      errors: [
        {
          message: 'Unexpected verdict "❌ Rejected" for "PostgreSQL", expected a safe verdict to agree with Commercial Use "✅ Unrestricted"',
          line: 64,
          column: 46,
        },
      ],
    },
  ],
});
