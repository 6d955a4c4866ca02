import { z } from 'zod';
import type { DocumentRule } from '../types/rule.js';
import { isFutureDate, isoDateOf } from '../rule-helpers/calendar-dates.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { findField, scalarText, schemaFieldFor } from './utils/metadata.js';
import { normalizeName } from './utils/normalize.js';

const optionsSchema = z.strictObject({
  /** Date fields that may lie in the future (a target date), by name. */
  futureFields: z.array(z.string()).optional(),
});

type Options = z.infer<typeof optionsSchema>;

const rule: DocumentRule<Options> = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require metadata dates in a possible order: not before the date they follow, not after today',
      url: ruleDocsUrl('metadata-date-order'),
      recommended: true,
    },
    defaultSeverity: 'error',
    schema: optionsSchema,
    defaultOptions: { futureFields: [] },
    messages: {
      beforeOther:
        'Unexpected "{{field}}" date {{value}} before "{{other}}" ({{otherValue}}), expected on or after {{otherValue}}',
      future: 'Unexpected "{{field}}" date {{value}} in the future, expected on or before today ({{today}})',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema, today } = context;
        if (!schema) return;
        const futureFields = new Set((context.options.futureFields ?? []).map(normalizeName));
        const entryNamed = (name: string) => {
          const field = schemaFieldFor(schema, name);
          return field ? findField(document, field) : document.metadata[normalizeName(name)];
        };
        for (const field of schema.metadata.fields) {
          if (field.type !== 'date') continue;
          const entry = findField(document, field);
          const text = entry && scalarText(entry);
          // Unreadable dates are metadata-date's to report; comparing them would only add noise.
          const value = text && isoDateOf(text);
          if (!entry || !value) continue;

          const otherEntry = field.notBefore ? entryNamed(field.notBefore) : undefined;
          const otherText = otherEntry && scalarText(otherEntry);
          const otherValue = otherText && isoDateOf(otherText);
          if (otherEntry && otherValue && value < otherValue) {
            context.report({
              messageId: 'beforeOther',
              data: { field: entry.key, value, other: otherEntry.key, otherValue },
              position: entry.valuePosition,
            });
          }
          if (isFutureDate(value, today) && !futureFields.has(normalizeName(field.name))) {
            context.report({ messageId: 'future', data: { field: entry.key, value, today }, position: entry.valuePosition });
          }
        }
      },
    };
  },
};

export default rule;
