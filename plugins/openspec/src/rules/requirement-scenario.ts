import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { statedRequirements } from '../utils/stated-requirements.js';
import { CAPABILITY_SPEC, DELTA_SPEC } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every requirement to have at least one scenario (#### Scenario: with WHEN/THEN steps)',
      url: ruleDocsUrl('requirement-scenario'),
      recommended: true,
    },
    templates: [CAPABILITY_SPEC, DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing scenario in requirement "{{name}}", expected at least one "#### Scenario: …" with "- **WHEN** …" and "- **THEN** …"',
      emptyOnly: 'Missing scenario in requirement "{{name}}", expected steps under its "#### Scenario:" heading (an empty scenario does not count)',
    },
  },

  create(context) {
    return {
      document() {
        const { document, template } = context;
        const blocks = statedRequirements(document, template?.id);
        for (const block of blocks) {
          if (block.scenarios.some((scenario) => scenario.hasBody)) continue;
          // A scenario written at the wrong level or as a bullet is openspec/scenario-format's finding, on its line.
          if (block.malformedScenarios.length > 0) continue;
          const messageId = block.scenarios.length > 0 ? 'emptyOnly' : 'missing';
          context.report({ messageId, data: { name: block.name }, position: block.position });
        }
      },
    };
  },
};

export default rule;
