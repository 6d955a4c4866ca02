import type { Section } from '../types/document.js';
import type { DocumentRule } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { matchSections, walkMatches } from './utils/section-matches.js';

const rule: DocumentRule = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow headings with no content and no sub-sections',
      url: ruleDocsUrl('section-empty'),
      recommended: true,
    },
    defaultSeverity: 'warn',
    messages: {
      empty: 'Unexpected empty section "{{section}}", expected content or sub-sections',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        // Sections the template allows to stay empty (a heading that only groups) are not reported.
        const allowedEmpty = new Set<Section>();
        if (schema) {
          for (const matched of walkMatches(matchSections(document, schema))) {
            if (matched.schema?.allowEmpty) allowedEmpty.add(matched.section);
          }
        }
        for (const section of document.allSections) {
          if (!section.empty || section.children.length > 0 || allowedEmpty.has(section)) continue;
          context.report({ messageId: 'empty', data: { section: section.title }, position: section.position });
        }
      },
    };
  },
};

export default rule;
