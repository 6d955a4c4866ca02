import { RuleTester } from '@specloom/testing';
import { adrTemplate } from '../templates/adr.js';
import { changedFixture, fixtureFile } from '../../test/adr-files.js';
import rule from './supersede-links.js';

const OLD = 'decisions/0001-use-postgresql.md';
const NEW = 'decisions/0004-move-billing-to-event-store.md';
const tester = new RuleTester({ template: adrTemplate });

tester.run('example-org/supersede-links', rule, {
  valid: [
    { name: 'a superseded ADR and its successor linking both ways', files: [fixtureFile(OLD), fixtureFile(NEW)] },
    { name: 'an accepted ADR on its own', files: [fixtureFile(NEW)] },
  ],
  invalid: [
    {
      name: 'a superseded ADR without a Superseded By link',
      files: [changedFixture(OLD, '**Superseded By**: [ADR-0004](0004-move-billing-to-event-store.md)\n', '')],
      errors: [{ filePath: OLD, message: 'Missing "Superseded By" link, expected a link to the ADR that supersedes this one', line: 3, column: 13 }],
    },
    {
      name: 'a Superseded By link on an accepted ADR',
      files: [changedFixture(OLD, '**Status**: Superseded', '**Status**: Accepted')],
      errors: [{ filePath: OLD, message: 'Unexpected "Superseded By" link with status "Accepted", expected status "Superseded"', line: 3, column: 13 }],
    },
    {
      name: 'a successor that does not link back gets a Supersedes line',
      files: [
        fixtureFile(OLD),
        {
          ...changedFixture(NEW, '\n**Supersedes**: [ADR-0001](0001-use-postgresql.md)', ''),
          output: fixtureFile(NEW).code,
        },
      ],
      errors: [{ filePath: NEW, message: 'Missing link back to ADR-0001, expected a "Supersedes" link to 0001-use-postgresql.md', line: 5, column: 20, endLine: 5, endColumn: 20 }],
    },
  ],
});
