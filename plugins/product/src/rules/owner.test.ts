import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { tester } from '../../test/lint-rule.js';
import rule from './owner.js';

const docs = readRuleDocCases(new URL('./owner.md', import.meta.url));
const grid = fixtureText('valid', 'grid-dynamic-load-balancing.md');
const withOwner = (value: string) =>
  replaceOnce(grid, '> **Owner**: Daniel Mensah / Engineering Manager, Grid Optimisation', `> **Owner**: ${value}`);

tester.run('product/owner', rule, {
  valid: [
    ...docs.valid,
    ...[
      'Daniel Mensah / EM',
      'Daniel Mensah (Engineering Manager, Grid Optimisation)',
      'Daniel Mensah – Engineering Manager',
      'Daniel Mensah, Engineering Manager',
      '@dmensah / Engineering Manager',
    ].map((value) => ({ name: `a usual way of writing a name and a role: ${value}`, code: withOwner(value) })),
    { name: "the template's [Name / Role] is left to the core rules", code: withOwner('[Name / Role]') },
    { name: 'an empty Owner is left to the core rules', code: withOwner('') },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'a name without a role',
      code: withOwner('Daniel Mensah /'),
      errors: [{ message: 'Unexpected owner "Daniel Mensah /" without a role, expected "Name / Role"', line: 4, column: 14 }],
    },
    {
      name: 'an address alone',
      code: withOwner('daniel.mensah@voltline.io'),
      errors: [{ message: 'Unexpected owner "daniel.mensah@voltline.io", expected "Name / Role" (who owns the spec, and their role)', line: 4, column: 14 }],
    },
  ],
});
