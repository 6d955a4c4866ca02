import type { IdOccurrence } from '../types/document.js';
import type { DocumentRule } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { idsInScope } from './utils/ids.js';
import { normalizeId } from './utils/normalize.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow defining the same ID twice in one document',
      url: ruleDocsUrl('id-duplicate'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      duplicate: 'Unexpected second definition of "{{id}}", expected a unique ID (first defined on line {{line}})',
    },
  },

  create(context) {
    return {
      document() {
        if (!context.schema) return;
        const first = new Map<string, IdOccurrence>();
        for (const occurrence of idsInScope(context.document, context.schema, 'any')) {
          if (occurrence.kind !== 'definition') continue;
          // A table or list in another section that restates IDs (a traceability matrix, "FR1, FR2: covered by …")
          // lists them again, and so does a list that details the rows of a table above it (a spike table, then
          // "Each spike answers: - **S-001** Goal: …"): only a second definition of the same kind of block in the
          // same section is certainly a clash.
          const key = `${occurrence.section ?? ''}\u0000${occurrence.site ?? ''}\u0000${normalizeId(occurrence.id)}`;
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, occurrence);
            continue;
          }
          context.report({
            messageId: 'duplicate',
            data: { id: occurrence.id, line: earlier.position.start.line },
            position: occurrence.position,
          });
        }
      },
    };
  },
};

export default rule;
