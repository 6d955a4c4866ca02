import type { DocumentRule } from '../types/rule.js';
import { checkDate } from '../rule-helpers/calendar-dates.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { findField, replaceValueFix, scalarText } from './utils/metadata.js';
import { containsPlaceholder } from './utils/placeholders.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require date metadata to be a real calendar date written as YYYY-MM-DD',
      url: ruleDocsUrl('metadata-date'),
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      format: 'Unexpected date format "{{value}}" for "{{field}}", expected "{{expected}}" (YYYY-MM-DD)',
      invalid: 'Unexpected invalid date "{{value}}" for "{{field}}", expected a real calendar date ({{reason}})',
      unrecognized: 'Unexpected date "{{value}}" for "{{field}}", expected a date as YYYY-MM-DD',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!schema) return;
        for (const field of schema.metadata.fields) {
          if (field.type !== 'date') continue;
          const entry = findField(document, field);
          const value = entry && scalarText(entry);
          // Empty values are metadata-required's, `YYYY-MM-DD` / `[Date]` are the placeholder rule's.
          if (!entry || !value || containsPlaceholder(value, schema)) continue;
          const check = checkDate(value);
          const data = { value, field: entry.key };
          const position = entry.valuePosition;
          if (check.kind === 'normalizable') {
            context.report({
              messageId: 'format', severity: 'warn',
              data: { ...data, expected: check.iso },
              position,
              fix: replaceValueFix(document, entry, value, check.iso),
            });
          } else if (check.kind === 'invalid') {
            context.report({ messageId: 'invalid', data: { ...data, reason: check.reason }, position });
          } else if (check.kind === 'unrecognized') {
            context.report({ messageId: 'unrecognized', data, position });
          }
        }
      },
    };
  },
};

export default rule;
