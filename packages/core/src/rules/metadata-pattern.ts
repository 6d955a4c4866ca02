import type { DocumentRule } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { findField, scalarText } from './utils/metadata.js';
import { containsPlaceholder } from './utils/placeholders.js';
import { safeRegExp } from './utils/safe-regexp.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require pattern metadata values (Spec ID, issue number) to have the template format',
      url: ruleDocsUrl('metadata-pattern'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      format: 'Unexpected value "{{value}}" for "{{field}}", expected the format {{format}}',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!schema) return;
        for (const field of schema.metadata.fields) {
          if (field.type !== 'pattern' || !field.pattern) continue;
          // The whole value must match, whether or not the schema anchored its pattern.
          const pattern = safeRegExp(`^(?:${field.pattern})$`);
          const entry = findField(document, field);
          const value = entry && scalarText(entry);
          // Empty values are metadata-required's, `SPEC-[YYYY-MM-DD]-[NUMBER]` is the placeholder rule's.
          if (!pattern || !entry || !value || pattern.test(value) || containsPlaceholder(value, schema)) continue;
          context.report({
            messageId: 'format',
            data: { value, field: entry.key, format: field.format ? `"${field.format}"` : `/${field.pattern}/` },
            position: entry.valuePosition,
          });
        }
      },
    };
  },
};

export default rule;
