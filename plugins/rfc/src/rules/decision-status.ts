import type { DocumentRule } from '@specloom/core';
import { firstLine, readStatus } from '@specloom/core';
import { decisionItems } from '../utils/decision.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the checked decision to agree with the status: Approved for approved, none while draft',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      notApproved: 'Unexpected decision for an approved RFC: {{found}}, expected **Approved** checked',
      draftDecision: 'Unexpected decision **{{decision}}** checked while the status is {{status}}, expected no decision before review',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const status = readStatus(context.document, context.schema);
        if (!status) return;
        const items = decisionItems(document);
        const [firstItem] = items;
        // No decision boxes at all: the section is missing or rewritten, which section rules report.
        if (!firstItem) return;
        const checked = items.filter((item) => item.checked);
        if (status.stage === 'approved' && !checked.some((item) => item.decision === 'Approved')) {
          const approved = items.find((item) => item.decision === 'Approved') ?? firstItem;
          const found = checked.length ? `${checked.map((item) => item.decision).join(' and ')} checked` : 'nothing checked';
          context.report({ messageId: 'notApproved', data: { found }, position: firstLine(document, approved.position) });
        }
        if (status.index === 0) {
          for (const item of checked) {
            context.report({
              messageId: 'draftDecision',
              data: { decision: item.decision, status: status.value },
              position: firstLine(document, item.position),
              severity: 'warn',
            });
          }
        }
      },
    };
  },
};

export default rule;
