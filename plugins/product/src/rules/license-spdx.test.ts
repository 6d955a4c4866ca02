import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './license-spdx.js';

const docs = readRuleDocCases(new URL('./license-spdx.md', import.meta.url));
const trace = fixtureText('valid', 'trace-ocpp-message-sampling.md');
const withLicense = (value: string) => replaceOnce(trace, '| `tokio` | MIT |', `| \`tokio\` | ${value} |`);
const noDependencies = trace.replace(/(\|------------\|---------\|----------------\|---------\|\n)(?:\|.*\n)+/, '$1| None | — | — | — |\n');
if (!noDependencies.includes('| None | — | — | — |')) throw new Error('the license table of trace-ocpp-message-sampling.md changed');

tester.run('product/license-spdx', rule, {
  valid: [
    ...docs.valid,
    ...[
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
      // No SPDX id exists for these: named correctly as they are.
      'NVIDIA CUDA EULA',
      'Public Domain',
      'PostgreSQL License',
    ].map((value) => ({ name: `an SPDX expression, letter case, note or license without an SPDX id: ${value}`, code: withLicense(value) })),
    { name: 'a "None" row means no dependencies to audit', code: noDependencies },
  ],
  invalid: [
    // Only the slash shorthand for a choice has a certain fix.
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('| MIT/Apache-2.0 |', '| MIT OR Apache-2.0 |') },
    {
      name: 'a license that is not an SPDX identifier, with the id it most likely means',
      code: fixtureText('invalid', 'license-not-spdx.md'),
      errors: [
        { message: 'Unexpected license "Apache 2" for "OpenTelemetry Rust SDK", expected an SPDX identifier such as "Apache-2.0"', line: 51, column: 28 },
      ],
    },
    ...([
      ['GPLv3', 'GPL-3.0-or-later'],
      ['ELv2', 'Elastic-2.0'],
      ['BSL 1.1', 'BUSL-1.1'],
    ] as const).map(([value, suggestion]) => ({
      name: `the SPDX form of a common name is suggested: ${value}`,
      code: withLicense(value),
      errors: [{ message: `Unexpected license "${value}" for "tokio", expected an SPDX identifier such as "${suggestion}"`, line: 49, column: 13 }],
    })),
    {
      name: 'a name that only respells the SPDX id is fixed, as a warning',
      code: withLicense('MIT License'),
      errors: [{ message: 'Unexpected license "MIT License" for "tokio", expected an SPDX identifier such as "MIT"', line: 49, column: 13, severity: 1 }],
      output: withLicense('MIT'),
    },
    ...([
      ['Apache 2.0', 'Apache-2.0'],
      ['BSD 3-Clause', 'BSD-3-Clause'],
      ['RSALv2 / SSPLv1', 'LicenseRef-RSALv2 OR SSPL-1.0'],
    ] as const).map(([value, fixed]) => ({
      name: `a spelling whose SPDX form is certain is fixed: ${value}`,
      code: withLicense(value),
      errors: [{ message: `Unexpected license "${value}" for "tokio", expected an SPDX identifier such as "${fixed}"`, line: 49, column: 13, severity: 1 }],
      output: withLicense(fixed),
    })),
    {
      name: 'the slash shorthand for a choice is fixed',
      code: withLicense('MIT/Apache-2.0'),
      errors: [{ message: 'Unexpected license "MIT/Apache-2.0" for "tokio", expected an SPDX identifier such as "MIT OR Apache-2.0"', line: 49, column: 13 }],
      output: withLicense('MIT OR Apache-2.0'),
    },
    {
      name: 'an empty License cell',
      code: withLicense(''),
      errors: [{ message: 'Missing license for "tokio", expected an SPDX identifier such as "MIT" or "Apache-2.0"', line: 49, column: 11 }],
    },
  ],
});
