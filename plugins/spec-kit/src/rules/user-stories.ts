import { firstLine, type DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { SPEC } from '../utils/template-ids.js';
import { scenarioSections, userStories } from '../utils/user-stories.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require numbered, prioritised user stories (User Story 1 - Title (Priority: P1)), each number once',
      url: ruleDocsUrl('user-stories'),
      recommended: true,
    },
    templates: [SPEC],
    defaultSeverity: 'error',
    messages: {
      none: 'Missing user story in "{{section}}", expected at least one "### User Story 1 - Title (Priority: P1)"',
      number: 'Unexpected user story "{{story}}" without a number, expected "User Story N - Title (Priority: PN)"',
      duplicate: 'Unexpected duplicate "User Story {{number}}" (first on line {{line}}), expected each story number once',
      priority: 'Missing priority in "{{story}}", expected "(Priority: P1)" (P1 is the most important)',
      priorityFormat: 'Unexpected priority "{{priority}}" in "{{story}}", expected P1, P2, P3… (P1 is the most important)',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const stories = userStories(document);
        for (const section of scenarioSections(document)) {
          const inside = stories.some((story) => story.section.position.start.offset > section.position.start.offset && story.section.position.start.offset < section.contentPosition.end.offset);
          if (!inside) context.report({ messageId: 'none', data: { section: section.title }, position: section.position });
        }
        const firstByNumber = new Map<number, number>();
        for (const story of stories) {
          const heading = firstLine(document, story.section.position);
          const name = story.section.title;
          if (story.number === undefined) {
            context.report({ messageId: 'number', data: { story: name }, position: heading });
          } else {
            const first = firstByNumber.get(Number(story.number));
            if (first === undefined) firstByNumber.set(Number(story.number), heading.start.line);
            else context.report({ messageId: 'duplicate', data: { number: story.number, line: first }, position: heading });
          }
          if (story.priority === undefined) {
            context.report({ messageId: 'priority', data: { story: name }, position: heading });
          } else if (!/^P\d+$/.test(story.priority)) {
            // "High" is a priority, only not spec-kit's scale: a convention, so a warning.
            context.report({ messageId: 'priorityFormat', data: { priority: story.priority, story: name }, position: heading, severity: 'warn' });
          }
        }
      },
    };
  },
};

export default rule;
