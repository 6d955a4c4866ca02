import { readFileSync } from 'node:fs';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './action-items.js';

const docs = readRuleDocCases(new URL('./action-items.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/action-items', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'the template owners and dates are left to the placeholder rule',
      code: readFileSync(new URL('../../templates/rfc-spec.md', import.meta.url), 'utf8'),
      filePath: RFC_FILE_NAME,
    },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'an action item without a due date in a real RFC',
      ...fixtureCase('valid/0005-tenant-scoped-api-keys.md', [[' - Owner: @farah-haddad - Due: 2026-03-06', ' - Owner: @farah-haddad']]),
      errors: [{ message: 'Missing due date in action item, expected `Due: YYYY-MM-DD`', line: 212, column: 1 }],
    },
  ],
});
