import { readFileSync } from 'node:fs';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureCase, tester } from '../../test/lint-rule.js';
import rule from './glossary.js';

const docs = readRuleDocCases(new URL('./glossary.md', import.meta.url));
const template = readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8');
const templateRow = (term: string, line: number, severity: 1 | 2) => ({
  message: `Unexpected template row \`${term} | Definition\` in the glossary, expected a real term and its definition`,
  line,
  column: 3,
  severity,
});

tester.run('design-doc/glossary', rule, {
  valid: docs.valid,
  invalid: [
    ...docs.invalid,
    {
      name: 'a term without definition in a real document',
      ...fixtureCase('valid/approved-payment-retry-scheduler.md', [["| Advice code | The network's hint on whether and when to retry |", '| Advice code | |']]),
      errors: [{ message: 'Missing definition for glossary term `Advice code`, expected a definition', line: 244, column: 15 }],
    },
    {
      name: 'the template example rows left in the glossary of a draft are warnings',
      code: template,
      errors: [templateRow('Term1', 340, 1), templateRow('Term2', 341, 1)],
    },
    {
      name: 'the template example rows left in the glossary from review on are errors',
      code: template.replace('status: draft', 'status: review'),
      errors: [templateRow('Term1', 340, 2), templateRow('Term2', 341, 2)],
    },
  ],
});
