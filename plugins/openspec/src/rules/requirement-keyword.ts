import type { DocumentRule } from '@specloom/core';
import { readCapabilitySpec } from '../utils/capability-spec.js';
import { readDeltaSpec } from '../utils/delta-spec.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { hasShallOrMust, type RequirementBlock } from '../utils/requirement-blocks.js';
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
        let blocks: RequirementBlock[];
        if (template?.id === DELTA_SPEC) {
          const delta = readDeltaSpec(document);
          blocks = [...delta.added, ...delta.modified];
        } else {
          // A heading under `## Requirements` without `Requirement:` is spec-structure's finding; OpenSpec reads no
          // statement for it either.
          blocks = readCapabilitySpec(document).blocks.filter((block) => block.prefixed);
        }
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
