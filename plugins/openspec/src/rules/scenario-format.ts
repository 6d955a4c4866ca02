import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { statedRequirements } from '../utils/stated-requirements.js';
import { CAPABILITY_SPEC, DELTA_SPEC } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require scenarios as "#### Scenario: <name>" headings with WHEN and THEN steps',
      url: ruleDocsUrl('scenario-format'),
      recommended: true,
    },
    templates: [CAPABILITY_SPEC, DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      level: 'Unexpected scenario heading level {{level}} "{{text}}" in requirement "{{name}}", expected "#### Scenario: …" (level 4)',
      bullet: 'Unexpected scenario written as text "{{text}}" in requirement "{{name}}", expected a "#### Scenario: …" heading',
      empty: 'Unexpected empty scenario "{{scenario}}" in requirement "{{name}}", expected "- **WHEN** …" and "- **THEN** …" steps under it',
      prefix: 'Unexpected level-4 heading "{{scenario}}" in requirement "{{name}}" without "Scenario:", expected "#### Scenario: {{scenario}}"',
      steps: 'Unexpected scenario "{{scenario}}" in requirement "{{name}}" without WHEN and THEN steps, expected "- **WHEN** …" and "- **THEN** …"',
    },
  },

  create(context) {
    return {
      document() {
        const { document, template } = context;
        const blocks = statedRequirements(document, template?.id);
        for (const block of blocks) {
          for (const malformed of block.malformedScenarios) {
            // OpenSpec counts only level-4 headings: anything else is a scenario it never sees.
            const data = { text: malformed.text, name: block.name, level: malformed.level ?? '' };
            context.report({ messageId: malformed.kind === 'heading' ? 'level' : 'bullet', data, position: malformed.position });
          }
          // When no scenario has steps, requirement-scenario reports the requirement: not each empty heading again.
          const written = block.scenarios.some((scenario) => scenario.hasBody);
          for (const scenario of block.scenarios) {
            const data = { scenario: scenario.name, name: block.name };
            if (!scenario.hasBody) {
              if (written) context.report({ messageId: 'empty', data, position: scenario.position });
            }
            // OpenSpec reads any level-4 heading as a scenario; `Scenario:` and WHEN/THEN are its convention.
            else if (!scenario.prefixed) context.report({ messageId: 'prefix', data, position: scenario.position, severity: 'warn' });
            else if (!scenario.whenThen) context.report({ messageId: 'steps', data, position: scenario.position, severity: 'warn' });
          }
        }
      },
    };
  },
};

export default rule;
