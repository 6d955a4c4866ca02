import type { DocumentRule } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { findField, isEmptyValue, metadataAnchor } from './utils/metadata.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the metadata fields the template marks as required, with a value',
      url: ruleDocsUrl('metadata-required'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing metadata field "{{field}}", expected by the "{{template}}" template',
      empty: 'Unexpected empty metadata field "{{field}}", expected a value (required by the "{{template}}" template)',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!schema) return;
        const template = context.template?.id ?? schema.id;
        for (const field of schema.metadata.fields) {
          if (!field.required) continue;
          const entry = findField(document, field);
          if (!entry) {
            context.report({
              messageId: 'missing',
              data: { field: field.name, template },
              position: metadataAnchor(document, schema),
            });
          } else if (isEmptyValue(entry.value)) {
            context.report({ messageId: 'empty', data: { field: entry.key, template }, position: entry.position });
          }
        }
      },
    };
  },
};

export default rule;
