import type { DocumentRule } from '@specloom/core';
import { approvalItems, approvalRole } from '../utils/approvals.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { firstLine } from '../utils/positions.js';
import { isStatus, readStatus } from '../utils/status.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every Approval line checked when the status is approved',
      url: ruleDocsUrl('approvals'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unchecked: 'Approved RFC has an unchecked approval ({{role}}), expected every Approval line checked',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        if (!isStatus(readStatus(context), 'approved')) return;
        for (const item of approvalItems(document)) {
          if (item.checked) continue;
          context.report({ messageId: 'unchecked', data: { role: approvalRole(item) }, position: firstLine(document, item.position) });
        }
      },
    };
  },
};

export default rule;
