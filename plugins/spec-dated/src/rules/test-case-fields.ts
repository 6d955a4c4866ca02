import type { DocumentRule } from '@specloom/core';
import { joinWords } from '@specloom/core';
import { definedItems, ownSourceText } from '../utils/defined-items.js';
import { expectedColumn, expectedLabel, inputColumn, inputLabel } from '../utils/test-case-labels.js';
import { datedTemplateOf } from '../utils/templates.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require each TEST-NNN test case to state its Input and its Expected result',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missing: 'Unexpected test case "{{id}}" without {{missing}}, expected {{lines}} under it',
      emptyCell: 'Unexpected empty {{column}} for test case "{{id}}", expected {{expected}}',
    },
  },

  create(context) {
    return {
      'document:exit'() {
        const { document } = context;
        if (!datedTemplateOf(context)) return;
        const tests = definedItems(document, 'test');
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
              missing: `${joinWords(missing.map((name) => `"${name}"`))}`,
              lines: joinWords(missing.map((name) => `"- ${name}: …"`)),
            },
            position: test.occurrence.position,
          });
        }
      },
    };
  },
};

export default rule;
