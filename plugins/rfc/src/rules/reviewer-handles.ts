import type { DocumentRule } from '@specloom/core';
import { isHandle } from '../utils/handles.js';
import { reviewerEntries } from '../utils/reviewers.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Reviewers header to list GitHub `@handle`s',
      recommended: true,
    },
    // A name still says who reviews: the `@handle` form is a convention.
    defaultSeverity: 'warn',
    messages: {
      notHandle: 'Unexpected reviewer `{{value}}`, expected an `@handle`',
      invalidHandle: 'Unexpected reviewer `{{value}}`, expected a GitHub handle (letters, digits and single hyphens)',
    },
  },

  create(context) {
    return {
      document() {
        // A missing or empty field is the core metadata-required rule's to report.
        for (const reviewer of reviewerEntries(context.document, context.schema)) {
          for (const handle of reviewer.handles) {
            if (isHandle(handle)) continue;
            context.report({
              messageId: handle.startsWith('@') ? 'invalidHandle' : 'notHandle',
              data: { value: handle },
              position: reviewer.position,
            });
          }
        }
      },
    };
  },
};

export default rule;
