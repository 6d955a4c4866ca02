import { firstLine, type DocumentRule } from '@specloom/core';
import { readCapabilitySpec } from '../utils/capability-spec.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { CAPABILITY_SPEC } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a capability spec\'s requirements as "### Requirement:" headings inside "## Requirements", and no delta headers',
      url: ruleDocsUrl('spec-structure'),
      recommended: true,
    },
    templates: [CAPABILITY_SPEC],
    defaultSeverity: 'error',
    messages: {
      deltaHeader: 'Unexpected delta header "{{text}}" in a capability spec, expected it only in openspec/changes/<change>/specs/<capability>/spec.md',
      outside: 'Unexpected "{{text}}" outside "## Requirements", expected every requirement inside that section (OpenSpec reads no other)',
      none: 'Missing requirement in "## Requirements", expected at least one "### Requirement: <name>"',
      prefix: 'Unexpected heading "{{text}}" in "## Requirements" without "Requirement:", expected "### Requirement: {{text}}"',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const spec = readCapabilitySpec(document);
        for (const header of spec.deltaHeaders) context.report({ messageId: 'deltaHeader', data: { text: header.text }, position: header.position });
        for (const header of spec.outside) context.report({ messageId: 'outside', data: { text: header.text }, position: header.position });
        if (spec.requirements && spec.blocks.length === 0) {
          context.report({ messageId: 'none', position: firstLine(document, spec.requirements.position) });
        }
        for (const block of spec.blocks) {
          // OpenSpec reads it as a requirement all the same; the prefix is its convention: a warning.
          if (!block.prefixed) context.report({ messageId: 'prefix', data: { text: block.name }, position: block.position, severity: 'warn' });
        }
      },
    };
  },
};

export default rule;
