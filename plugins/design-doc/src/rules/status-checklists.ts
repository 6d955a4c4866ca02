import { z } from 'zod';
import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { findSections } from '../utils/sections.js';
import { readStatus } from '../utils/status.js';

const optionsSchema = z.strictObject({
  /** Statuses from which every Open Questions and Acceptance Criteria item must be checked. */
  statuses: z.array(z.string()).optional(),
});

type Options = z.infer<typeof optionsSchema>;

/** The checklists that must be done, with the words messages use for one item. */
const checklists = [
  { titles: ['Open Questions', 'Unresolved Questions'], section: 'Open Questions', item: 'an unresolved open question' },
  { titles: ['Acceptance Criteria', 'Definition of Done'], section: 'Acceptance Criteria', item: 'an unchecked acceptance criterion' },
];

const rule: DocumentRule<Options> = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Open Questions and Acceptance Criteria checked once a design doc is approved',
      url: ruleDocsUrl('status-checklists'),
      recommended: true,
    },
    defaultSeverity: 'error',
    schema: optionsSchema,
    defaultOptions: { statuses: ['approved', 'implemented', 'deprecated', 'superseded'] },
    messages: {
      unchecked: '{{Status}} document has {{item}}, expected every {{section}} item checked',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const status = readStatus(context);
        const statuses = new Set((context.options.statuses ?? []).map((value) => value.toLowerCase()));
        if (!status || status.index === -1 || !statuses.has(status.value.toLowerCase())) return;
        const Status = status.value.charAt(0).toUpperCase() + status.value.slice(1);
        for (const { titles, section: sectionName, item } of checklists) {
          for (const section of findSections(document, titles)) {
            const start = section.position.start.offset;
            const end = section.contentPosition.end.offset;
            for (const entry of document.checklists) {
              const offset = entry.position.start.offset;
              if (entry.checked || offset < start || offset >= end) continue;
              context.report({ messageId: 'unchecked', data: { Status, item, section: sectionName }, position: entry.position });
            }
          }
        }
      },
    };
  },
};

export default rule;
