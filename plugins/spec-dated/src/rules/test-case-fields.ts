import type { ListItem } from 'mdast';
import type { DocumentRule } from '@specloom/core';
import { definedItems, ownSourceText } from '../utils/defined-items.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { joinAnd } from '../utils/format.js';
import { datedTemplateOf } from '../utils/templates.js';

/**
 * A label followed by a colon, anywhere in the item (`- **Input**:`, `Input: … → Expected: …`), with up to a
 * few words in between (`Expected result:`, `Input data:`).
 */
const label = (words: string) => new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:${words})(?![\p{L}\p{N}_-])[^:\n]{0,30}?:`, 'iu');
/** What authors call the two halves of a test case. */
const inputLabel = label('inputs?|given|preconditions?|setup|steps|request|test data|data');
const expectedLabel = label('expected|expectations?|then|outputs?|results?|outcomes?');
const inputColumn = /^(?:inputs?|given|preconditions?|setup|steps|request|test data|data)\b/i;
const expectedColumn = /^(?:expected|expectations?|then|outputs?|results?|outcomes?)\b/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require each TEST-NNN test case to state its Input and its Expected result',
      url: ruleDocsUrl('test-case-fields'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missing: 'Unexpected test case "{{id}}" without {{missing}}, expected {{lines}} under it',
      emptyCell: 'Unexpected empty {{column}} for test case "{{id}}", expected {{expected}}',
    },
  },

  create(context) {
    const items: ListItem[] = [];
    return {
      listItem(node) {
        items.push(node);
      },
      'document:exit'() {
        const { document } = context;
        if (!datedTemplateOf(context)) return;
        const tests = definedItems(document, 'test', items);
        for (const test of tests) {
          const id = test.occurrence.id;
          if (test.table) {
            // A test table: its Input and Expected columns must be filled in the row (a table without them is
            // table-columns' business when the template asks for one).
            const { header } = test.table.table;
            test.table.row.forEach((cell, index) => {
              const column = header[index]?.text ?? '';
              if (cell.text.trim() !== '') return;
              const expected = inputColumn.test(column)
                ? 'the input the test runs with'
                : expectedColumn.test(column)
                  ? 'the result the test expects'
                  : undefined;
              if (expected) context.report({ messageId: 'emptyCell', data: { id, column, expected }, position: test.occurrence.position });
            });
            continue;
          }
          if (!test.item) continue;
          const text = ownSourceText(document, test, tests);
          const missing: string[] = [];
          if (!inputLabel.test(text)) missing.push('Input');
          if (!expectedLabel.test(text)) missing.push('Expected');
          if (missing.length === 0) continue;
          context.report({
            messageId: 'missing',
            data: {
              id,
              missing: `${joinAnd(missing.map((name) => `"${name}"`))}`,
              lines: joinAnd(missing.map((name) => `"- ${name}: …"`)),
            },
            position: test.occurrence.position,
          });
        }
      },
    };
  },
};

export default rule;
