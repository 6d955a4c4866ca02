import { RuleTester } from '@specloom/testing';
import { adrTemplate } from '../templates/adr.js';
import { changedFixture, fixtureFile } from '../../test/adr-files.js';
import rule from './title-number.js';

const NEW = 'decisions/0004-move-billing-to-event-store.md';
const tester = new RuleTester({ template: adrTemplate });
const unpadded = changedFixture(NEW, '# ADR-0004:', '# ADR-4:');

tester.run('example-org/title-number', rule, {
  valid: [fixtureFile(NEW), '# ADR-12345: Five digits are past the padding\n'],
  invalid: [
    {
      name: 'a number without padding is padded to four digits',
      ...unpadded,
      errors: [{ message: 'Unexpected ADR number "4", expected four digits "0004"', line: 1, column: 7, endLine: 1, endColumn: 8, severity: 1 }],
      output: fixtureFile(NEW).code,
    },
  ],
});
