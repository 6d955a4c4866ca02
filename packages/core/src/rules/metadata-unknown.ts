import { z } from 'zod';
import { editDistance } from '../config/closest-match.js';
import type { DocumentRule } from '../types/rule.js';
import type { MetadataFieldSchema } from '../types/schema.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { quoteList } from './utils/format.js';
import { fieldNames, findField } from './utils/metadata.js';
import { normalizeName } from './utils/normalize.js';

const optionsSchema = z.strictObject({
  /** Extra keys a team adds to every spec (`Jira`, `Team`), by name. */
  allow: z.array(z.string()).optional(),
});

type Options = z.infer<typeof optionsSchema>;

/** Front matter `template:` names the template explicitly; it is never unknown. */
const alwaysAllowed = ['template'];

const rule: DocumentRule<Options> = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow metadata fields the template does not define',
      url: ruleDocsUrl('metadata-unknown'),
      recommended: true,
    },
    hasSuggestions: true,
    defaultSeverity: 'warn',
    schema: optionsSchema,
    defaultOptions: { allow: [] },
    messages: {
      nearMiss: 'Unexpected metadata field "{{key}}", expected "{{expected}}"',
      unknown: 'Unexpected metadata field "{{key}}", expected one of {{fields}}',
      unknownNone: 'Unexpected metadata field "{{key}}", expected none: the template has no metadata fields',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!schema || schema.metadata.allowUnknown) return;
        const known = new Set(schema.metadata.fields.flatMap(fieldNames));
        const allowed = new Set([...alwaysAllowed, ...(context.options.allow ?? [])].map(normalizeName));
        // Only a field the document lacks can be what a misspelt key meant.
        const absent = schema.metadata.fields.filter((field) => !findField(document, field));
        for (const entry of document.metadataEntries) {
          if (known.has(entry.name) || allowed.has(entry.name)) continue;
          const candidates = absent.filter((field) => isNearMiss(entry.name, field));
          const [target, ...others] = candidates;
          if (target && others.length === 0) {
            context.report({
              messageId: 'nearMiss',
              data: { key: entry.key, expected: target.name },
              position: entry.keyPosition,
              // The key may be a field of the team's own: a rename is offered, never applied by --fix.
              suggest: [
                {
                  desc: `Rename "${entry.key}" to "${target.name}"`,
                  fix: { range: [entry.keyPosition.start.offset, entry.keyPosition.end.offset], text: target.name },
                },
              ],
            });
          } else {
            const fields = schema.metadata.fields.map((field) => field.name);
            context.report({
              messageId: fields.length > 0 ? 'unknown' : 'unknownNone',
              data: { key: entry.key, fields: quoteList(fields) },
              position: entry.keyPosition,
            });
          }
        }
      },
    };
  },
};

/** A plausible typo: one edit for short names, two from eight letters on (`Last Update` -> `Last Updated`). */
function isNearMiss(name: string, field: MetadataFieldSchema): boolean {
  const limit = name.length >= 8 ? 2 : name.length >= 4 ? 1 : 0;
  return fieldNames(field).some((candidate) => editDistance(name, candidate) <= limit);
}

export default rule;
