import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './status-checklists.js';

const docs = readRuleDocCases(new URL('./status-checklists.md', import.meta.url));
const openCriterion = fixtureCase('valid/implemented-charger-map-tiles.md', [['- [x] Security review passed', '- [ ] Security review passed']]);

tester.run('design-doc/status-checklists', rule, {
  valid: [
    ...docs.valid,
    { name: 'unchecked acceptance criteria of a status the statuses option leaves out', ...openCriterion, options: { statuses: ['approved'] } },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'the open question of the approved invalid fixture',
      ...fixtureCase('invalid/approved-open-question-unchecked.md'),
      errors: [{ message: 'Approved document has an unresolved open question, expected every Open Questions item checked', line: 208, column: 1 }],
    },
    {
      name: 'unchecked acceptance criteria once implemented',
      ...openCriterion,
      errors: [
        {
          message: 'Implemented document has an unchecked acceptance criterion, expected every Acceptance Criteria item checked',
          line: openCriterion.code.split('\n').indexOf('- [ ] Security review passed') + 1,
          column: 1,
        },
      ],
    },
  ],
});
