import { firstLine, listItemText, type DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { SPEC } from '../utils/template-ids.js';
import { nodeFirstLine } from '../utils/node-position.js';
import { isGivenWhenThen, userStories } from '../utils/user-stories.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every user story to have an acceptance scenario in Given/When/Then form',
      url: ruleDocsUrl('acceptance-scenarios'),
      recommended: true,
    },
    templates: [SPEC],
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing acceptance scenario in "{{story}}", expected "**Acceptance Scenarios**:" with "1. **Given** …, **When** …, **Then** …"',
      form: 'Unexpected acceptance scenario "{{scenario}}" without Given/When/Then, expected "**Given** …, **When** …, **Then** …"',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        for (const story of userStories(document)) {
          const complete = story.scenarios.filter((item) => isGivenWhenThen(listItemText(item)));
          if (complete.length === 0) {
            context.report({ messageId: 'missing', data: { story: story.section.title }, position: firstLine(document, story.section.position) });
            continue;
          }
          // With one scenario in form, another in free prose is a style slip, not a missing test: a warning.
          for (const item of story.scenarios) {
            const text = listItemText(item);
            if (isGivenWhenThen(text)) continue;
            const shown = text.length > 50 ? `${text.slice(0, 49).trimEnd()}…` : text;
            context.report({
              messageId: 'form',
              data: { scenario: shown.replace(/\s+/g, ' ') },
              position: nodeFirstLine(document, item),
              severity: 'warn',
            });
          }
        }
      },
    };
  },
};

export default rule;
