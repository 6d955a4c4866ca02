import type { DocumentRule } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { idsInScope } from './utils/ids.js';
import { normalizeId } from './utils/normalize.js';

/** How many defined IDs a message lists before it stops. */
const listedIds = 5;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow references to IDs (REQ-001, AC-1…) the document does not define',
      url: ruleDocsUrl('id-undefined'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      undefined: 'Unexpected reference to undefined ID "{{id}}", expected one of the defined IDs ({{defined}})',
      noneDefined: 'Unexpected reference to undefined ID "{{id}}", expected an ID defined in this document',
    },
  },

  create(context) {
    return {
      document() {
        if (!context.schema) return;
        const occurrences = idsInScope(context.document, context.schema, 'document');
        const defined = new Map<string, string[]>();
        for (const occurrence of occurrences) {
          if (occurrence.kind !== 'definition') continue;
          const family = defined.get(occurrence.family) ?? [];
          if (!family.includes(occurrence.id)) family.push(occurrence.id);
          defined.set(occurrence.family, family);
        }
        const definedIds = new Set([...defined.values()].flat().map(normalizeId));
        for (const occurrence of occurrences) {
          if (occurrence.kind !== 'reference' || definedIds.has(normalizeId(occurrence.id))) continue;
          const family = defined.get(occurrence.family);
          if (family) {
            const shown = family.slice(0, listedIds).join(', ') + (family.length > listedIds ? ', …' : '');
            context.report({
              messageId: 'undefined',
              data: { id: occurrence.id, defined: shown },
              position: occurrence.position,
            });
          } else {
            // The document defines no ID of this family at all: the mention may name another document's.
            context.report({ messageId: 'noneDefined', data: { id: occurrence.id }, position: occurrence.position, severity: 'warn' });
          }
        }
      },
    };
  },
};

export default rule;
