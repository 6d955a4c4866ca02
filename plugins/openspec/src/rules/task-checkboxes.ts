import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { nodeFirstLine } from '../utils/node-position.js';
import { CHANGE_TASKS } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the tasks of a change as checkboxes ("- [ ] 1.1 …"), which OpenSpec counts',
      url: ruleDocsUrl('task-checkboxes'),
      recommended: true,
    },
    templates: [CHANGE_TASKS],
    defaultSeverity: 'warn',
    messages: {
      none: 'Unexpected task list without checkboxes, expected "- [ ] 1.1 Description" (OpenSpec counts this change as 0 tasks)',
    },
  },

  create(context) {
    let firstItem: Parameters<typeof nodeFirstLine>[1] | undefined;
    let checkboxes = 0;
    return {
      listItem(node) {
        if (typeof node.checked === 'boolean') checkboxes++;
        else firstItem ??= node;
      },
      'document:exit'() {
        // A plain list beside real checkboxes is notes; only a file with no checkbox at all counts as no tasks.
        if (checkboxes > 0 || !firstItem) return;
        context.report({ messageId: 'none', position: nodeFirstLine(context.document, firstItem) });
      },
    };
  },
};

export default rule;
