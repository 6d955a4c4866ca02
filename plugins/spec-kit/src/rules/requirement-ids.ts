import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { SPEC } from '../utils/template-ids.js';
import { requirementItems, type RequirementItem } from '../utils/requirement-items.js';

/** `FR-1` -> `FR-001`: the padded form, when the number fits three digits. */
function paddedId(item: RequirementItem): string | undefined {
  const digits = /\d+/.exec(item.id)?.[0];
  if (digits === undefined || /[a-z]$/i.test(item.id) || Number(digits) > 999) return undefined;
  return `${item.family}-${String(Number(digits)).padStart(3, '0')}`;
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require FR-001 / SC-001 requirement and success criterion IDs, each defined once',
      url: ruleDocsUrl('requirement-ids'),
      recommended: true,
    },
    fixable: 'code',
    templates: [SPEC],
    defaultSeverity: 'error',
    messages: {
      format: 'Unexpected ID "{{id}}", expected "{{expected}}"',
      formatUnfixable: 'Unexpected ID "{{id}}", expected {{family}}- and three digits ({{family}}-001)',
      duplicate: 'Unexpected duplicate ID "{{id}}" (first defined on line {{line}}), expected each {{family}} ID defined once',
    },
  },

  create(context) {
    return {
      document() {
        const items = requirementItems(context.document);
        const firstLine = new Map<string, number>();
        for (const item of items) {
          if (item.wellFormed) {
            const first = firstLine.get(item.id);
            if (first === undefined) firstLine.set(item.id, item.idPosition.start.line);
            else {
              context.report({
                messageId: 'duplicate',
                data: { id: item.id, line: first, family: item.family },
                position: item.idPosition,
              });
            }
            continue;
          }
          const expected = paddedId(item);
          // Padding is certain only when the padded ID is free: otherwise the fix would make a duplicate.
          const free = expected !== undefined && !items.some((other) => other.id === expected);
          if (expected && free) {
            context.report({
              messageId: 'format',
              data: { id: item.id, expected },
              position: item.idPosition,
              fix: { range: [item.idPosition.start.offset, item.idPosition.end.offset], text: expected },
            });
          } else {
            context.report({ messageId: 'formatUnfixable', data: { id: item.id, family: item.family }, position: item.idPosition });
          }
        }
      },
    };
  },
};

export default rule;
