import { isFirstStatus, readStatus, type DocumentRule } from '@specloom/core';
import { markersInText } from '../utils/clarification-markers.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { SPEC } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow [NEEDS CLARIFICATION] markers once a spec is past Draft (a warning while Draft)',
      url: ruleDocsUrl('needs-clarification'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      open: 'Unexpected unresolved "{{marker}}", expected the question answered before planning',
      pastDraft: 'Unexpected unresolved "{{marker}}" at status "{{status}}", expected every clarification resolved after Draft',
    },
  },

  create(context) {
    const { document, schema, template } = context;
    // Only a spec has a status. Plan and tasks are worked on while questions are still open: a warning there.
    const status = template?.id === SPEC ? readStatus(document, schema) : undefined;
    const pastDraft = status !== undefined && !isFirstStatus(document, schema);
    return {
      text(node) {
        for (const marker of markersInText(document, node)) {
          if (pastDraft) {
            context.report({ messageId: 'pastDraft', data: { marker: marker.text, status: status.value }, position: marker.position });
          } else {
            context.report({ messageId: 'open', data: { marker: marker.text }, position: marker.position, severity: 'warn' });
          }
        }
      },
    };
  },
};

export default rule;
