import { isFirstStatus, readStatus, type DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { SPEC } from '../utils/template-ids.js';
import { requirementItems } from '../utils/requirement-items.js';
import { keywordPattern, lowercasePattern } from '../utils/rfc2119.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require each functional requirement (FR-001) to state its level with MUST, SHOULD or MAY',
      url: ruleDocsUrl('requirement-keyword'),
      recommended: true,
    },
    templates: [SPEC],
    defaultSeverity: 'error',
    messages: {
      missing: 'Unexpected requirement "{{id}}" without MUST, SHOULD or MAY, expected "System MUST …" (RFC 2119 keyword in capitals)',
      lowercase: 'Unexpected requirement "{{id}}" with lowercase "{{word}}", expected "{{upper}}" (RFC 2119 keyword in capitals)',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        const draft = readStatus(document, schema) === undefined || isFirstStatus(document, schema);
        for (const item of requirementItems(document)) {
          if (item.family !== 'FR' || keywordPattern.test(item.text)) continue;
          // A requirement that is still one open question has no level yet: while Draft that is the clarification
          // rule's finding, and this one only a reminder.
          const open = item.text.includes('[NEEDS CLARIFICATION');
          const severity = open && draft ? 'warn' : undefined;
          const lowercase = lowercasePattern.exec(item.text)?.[0];
          if (lowercase) {
            context.report({
              messageId: 'lowercase',
              data: { id: item.id, word: lowercase, upper: lowercase.toUpperCase() },
              position: item.idPosition,
              ...(severity ? { severity } : {}),
            });
          } else {
            context.report({ messageId: 'missing', data: { id: item.id }, position: item.idPosition, ...(severity ? { severity } : {}) });
          }
        }
      },
    };
  },
};

export default rule;
