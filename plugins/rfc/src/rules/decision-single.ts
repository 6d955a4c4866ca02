import type { DocumentRule } from '@specloom/core';
import { firstLine } from '@specloom/core';
import { decisionItems } from '../utils/decision.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Allow at most one of Approved, Rejected and Deferred to be checked',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      multiple: 'Expected at most one decision checked, found {{decisions}}',
    },
  },

  create(context) {
    return {
      document() {
        const checked = decisionItems(context.document).filter((item) => item.checked);
        if (checked.length < 2) return;
        const decisions = checked.map((item) => item.decision);
        const list = `${decisions.slice(0, -1).join(', ')} and ${decisions[decisions.length - 1]}`;
        // Reported on the second box: the first one is most likely the decision, the later ones leftovers.
        for (const item of checked.slice(1)) {
          context.report({ messageId: 'multiple', data: { decisions: list }, position: firstLine(context.document, item.position) });
        }
      },
    };
  },
};

export default rule;
