import type { DocumentRule } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { quoteList } from './utils/format.js';
import { allowedValues, configuredValues, findField, replaceValueFix, scalarText } from './utils/metadata.js';
import { containsPlaceholder, isPickList } from './utils/placeholders.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require enum metadata values to be one of the values the template allows',
      url: ruleDocsUrl('metadata-enum'),
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      unexpected: 'Unexpected value "{{value}}" for "{{field}}", expected one of {{values}}',
      unexpectedSetting:
        'Unexpected value "{{value}}" for "{{field}}", expected one of {{values}} (list your own in `settings.{{setting}}`)',
      unexpectedConfigured: 'Unexpected value "{{value}}" for "{{field}}", expected one of {{values}} (from `settings.{{setting}}`)',
      letterCase: 'Unexpected value "{{value}}" for "{{field}}", expected "{{expected}}"',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!schema) return;
        for (const field of schema.metadata.fields) {
          const values = field.type === 'enum' ? allowedValues(schema, field, context.settings) : undefined;
          if (!values?.length) continue;
          const entry = findField(document, field);
          const value = entry && scalarText(entry);
          if (!entry || value === undefined || value === '' || values.includes(value)) continue;
          // An untouched `A | B | C` or `[Status]` is unfilled template text: the placeholder rule reports it.
          if (isPickList(value, values, field.caseSensitive) || containsPlaceholder(value, schema)) continue;
          const sameLetters = values.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
          if (sameLetters && !field.caseSensitive) {
            context.report({
              messageId: 'letterCase', severity: 'warn',
              data: { value, field: entry.key, expected: sameLetters },
              position: entry.valuePosition,
              fix: replaceValueFix(document, entry, value, sameLetters),
            });
          } else {
            const setting = field.valuesSetting;
            const configured = configuredValues(field, context.settings) !== undefined;
            context.report({
              messageId: setting ? (configured ? 'unexpectedConfigured' : 'unexpectedSetting') : 'unexpected',
              data: { value, field: entry.key, values: quoteList(values), setting: setting ?? '' },
              position: entry.valuePosition,
            });
          }
        }
      },
    };
  },
};

export default rule;
