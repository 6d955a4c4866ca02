import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { statedRequirements } from '../utils/stated-requirements.js';
import { hasShallOrMust } from '../utils/requirement-blocks.js';
import { CAPABILITY_SPEC, DELTA_SPEC } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every requirement to state what the system SHALL or MUST do, in the text under its heading',
      url: ruleDocsUrl('requirement-keyword'),
      recommended: true,
    },
    templates: [CAPABILITY_SPEC, DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      missingText: 'Missing text of requirement "{{name}}", expected a statement with SHALL or MUST under its heading',
      headerOnly: 'Unexpected SHALL/MUST only in the heading of requirement "{{name}}", expected it in the statement under the heading',
      missingKeyword: 'Unexpected requirement "{{name}}" without SHALL or MUST, expected "The system SHALL …" (OpenSpec requires the keyword)',
    },
  },

  create(context) {
    return {
      document() {
        const { document, template } = context;
        const blocks = statedRequirements(document, template?.id, { prefixedOnly: true });
        for (const block of blocks) {
          if (hasShallOrMust(block.body)) continue;
          const data = { name: block.name };
          if (hasShallOrMust(block.name)) context.report({ messageId: 'headerOnly', data, position: block.position });
          else if (block.body === '') context.report({ messageId: 'missingText', data, position: block.position });
          else context.report({ messageId: 'missingKeyword', data, position: block.position });
        }
      },
    };
  },
};

export default rule;
