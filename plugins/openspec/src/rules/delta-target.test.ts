import { readWorkspaceDocCases } from '@specloom/testing';
import { tester } from '../../test/lint-rule.js';
import rule from './delta-target.js';

const docs = readWorkspaceDocCases(new URL('./delta-target.md', import.meta.url));

const SPEC = 'openspec/specs/auth/spec.md';
const validExample = docs.valid[0];
if (!validExample) throw new Error('delta-target.md: expected a valid example');
const spec = (typeof validExample === 'string' ? [] : (validExample.files ?? [])).find((file) => file.filePath === SPEC)!;
const delta = (change: string, code: string) => ({ filePath: `openspec/changes/${change}/specs/auth/spec.md`, code });
const added = (name: string) => `## ADDED Requirements\n\n### Requirement: ${name}\n\nThe system SHALL do it.\n\n#### Scenario: Done\n\n- **WHEN** asked\n- **THEN** done\n`;

tester.run('openspec/delta-target', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'an ADDED requirement with the text the spec already has is an early sync',
      files: [spec, delta('sync', `## ADDED Requirements\n\n${spec.code.slice(spec.code.indexOf('### Requirement:'))}`)],
    },
    { name: 'a new capability takes ADDED requirements only', files: [{ ...delta('add-login', added('Login Limit')), filePath: 'openspec/changes/add-login/specs/login/spec.md' }] },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'a requirement another change adds is a matter of archive order: a warning',
      files: [spec, delta('add-errors', added('Reset Link Errors')), delta('tweak-errors', '## MODIFIED Requirements\n\n### Requirement: Reset Link Errors\n\nThe system SHALL say why.\n\n#### Scenario: Used\n\n- **WHEN** used\n- **THEN** said\n')],
      errors: [
        {
          filePath: 'openspec/changes/tweak-errors/specs/auth/spec.md',
          message: 'Unexpected MODIFIED "Reset Link Errors", which openspec/specs/auth/spec.md does not have yet but change "add-errors" adds, expected that change archived first',
          line: 3,
          severity: 1,
        },
      ],
    },
    {
      name: 'a name that differs only in case, and a REMOVED requirement that is not there',
      files: [spec, delta('cleanup', '## REMOVED Requirements\n\n- `### Requirement: password reset token lifetime`\n- `### Requirement: Legacy Reset Form`\n')],
      errors: [
        { message: 'Unexpected REMOVED "password reset token lifetime", which openspec/specs/auth/spec.md spells "Password Reset Token Lifetime", expected the name exactly as written there', line: 3, column: 21, severity: 2 },
        { message: 'Unexpected REMOVED "Legacy Reset Form", which openspec/specs/auth/spec.md does not have, expected one of its requirements (archive treats it as already removed)', line: 4, severity: 1 },
      ],
    },
    {
      name: 'MODIFIED and RENAMED need an existing capability',
      files: [{ filePath: 'openspec/changes/limits/specs/login/spec.md', code: '## RENAMED Requirements\n\n- FROM: `### Requirement: Login Limit`\n- TO: `### Requirement: Login Attempt Limit`\n' }],
      errors: [{ message: 'Unexpected RENAMED FROM "Login Limit" for capability "login", which has no spec at openspec/specs/login/spec.md, expected only ADDED requirements for a new capability', line: 3, column: 27 }],
    },
    {
      name: 'ADDED with a name the spec has (other text), and a rename of a requirement it does not have',
      files: [spec, delta('again', `${added('Password Reset Token Lifetime')}\n## RENAMED Requirements\n\n- FROM: \`### Requirement: Session Lifetime\`\n- TO: \`### Requirement: Idle Session Timeout\`\n`)],
      errors: [
        { message: 'Unexpected ADDED "Password Reset Token Lifetime", which openspec/specs/auth/spec.md already has with other text, expected MODIFIED to change it', line: 3, column: 1 },
        { message: 'Unexpected RENAMED FROM "Session Lifetime", which openspec/specs/auth/spec.md does not have, expected the exact name of one of its requirements', line: 14, column: 27 },
      ],
    },
  ],
});
