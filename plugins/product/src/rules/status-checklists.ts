import type { ChecklistItem, DocumentRule, Section, SpecDocument } from '@specloom/core';
import { findSection, isInSection } from '../utils/sections.js';
import { lifecycleStatus } from '../utils/status.js';

/** From Approved on, the Commercialization Questions must be answered; once Implemented, the regression suite done. */
const commercializationStatuses = new Set(['Approved', 'In Progress', 'Implemented']);
const regressionStatuses = new Set(['Implemented']);

const commercializationTitle = /commerciali[sz]ation questions?/i;
const regressionTitle = /regression/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require answered Commercialization Questions once Approved, and a checked Regression Suite once Implemented',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      commercialization:
        '{{status}} spec has an unchecked Commercialization question: expected every question answered and checked',
      regression: '{{status}} spec has an unchecked Regression Suite item: expected every item checked',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        // An unknown status (`Shipped`) is metadata-enum's finding; there is no stage to hold the spec to.
        const status = lifecycleStatus(document, context.schema);
        if (!status) return;
        const checks = [
          { applies: commercializationStatuses.has(status), title: commercializationTitle, messageId: 'commercialization' },
          { applies: regressionStatuses.has(status), title: regressionTitle, messageId: 'regression' },
        ];
        for (const { applies, title, messageId } of checks) {
          if (!applies) continue;
          const section = findSection(document, (text) => title.test(text));
          if (!section) continue;
          for (const item of uncheckedIn(document, section)) {
            context.report({ messageId, data: { status }, position: item.position });
          }
        }
      },
    };
  },
};

function uncheckedIn(document: SpecDocument, section: Section): ChecklistItem[] {
  return document.checklists.filter((item) => !item.checked && isInSection(section, item.position.start.offset));
}

export default rule;
