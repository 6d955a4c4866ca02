import type { ChecklistItem, DocumentRule, Position, RuleContext } from '@specloom/core';
import { compatibilityBoxes } from '../utils/compatibility.js';
import {
  blocksAfterLabel,
  containsPlaceholder,
  findLabelledParagraphs,
  firstLine,
  isStatusAtLeast,
  nodePosition,
  normalizeName,
  plainText,
  readStatus,
  sectionBlocks,
} from '@specloom/core';

/** The template's own Migration Strategy prompts: a strategy that only repeats them is not filled in. */
const templatePrompts = new Set(
  ['How will existing clients be migrated?', 'What is the deprecation timeline?', 'Are there versioned endpoints?'].map(normalizeName),
);

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require one breaking-changes box checked from review on, and a Migration Strategy for breaking changes',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      noneChecked:
        'Missing compatibility decision, expected "No breaking changes" or "Breaking changes" checked once the status is {{status}}',
      bothChecked: 'Unexpected "No breaking changes" and "Breaking changes" both checked, expected exactly one',
      noMigration: 'Breaking changes need a Migration Strategy, expected migration steps',
      noMigrationLabel: 'Breaking changes need a Migration Strategy, expected a `**Migration Strategy**:` with migration steps',
    },
  },

  create(context) {
    return {
      document() {
        for (const { none, breaking } of compatibilityBoxes(context.document)) {
          checkBoxes(context, none, breaking);
          if (breaking?.checked && !none?.checked) checkMigration(context, breaking);
        }
      },
    };
  },
};

function checkBoxes(context: RuleContext, none: ChecklistItem | undefined, breaking: ChecklistItem | undefined): void {
  if (none?.checked && breaking?.checked) {
    const later = none.position.start.offset > breaking.position.start.offset ? none : breaking;
    context.report({ messageId: 'bothChecked', position: firstLine(context.document, later.position) });
    return;
  }
  const status = readStatus(context.document, context.schema);
  // Drafts may leave the question open; from review on the answer is part of what is reviewed.
  if (!none?.checked && !breaking?.checked && isStatusAtLeast(status, 'review')) {
    const first = none ?? breaking!;
    context.report({ messageId: 'noneChecked', data: { status: status!.value }, position: firstLine(context.document, first.position) });
  }
}

/** `**Migration Strategy**:` (or a `Migration Strategy` heading) must say something beyond the template prompts. */
function checkMigration(context: RuleContext, breaking: ChecklistItem): void {
  const { document, schema } = context;
  const label = findLabelledParagraphs(document, ['Migration Strategy', 'Migration Plan', 'Migration'])[0];
  const heading = document.allSections.find((section) => /^migration( strategy| plan)?$/i.test(section.title));
  let texts: string[];
  let position: Position;
  if (label) {
    texts = [label.value, ...blocksAfterLabel(document, label.index).map((block) => plainText(block))];
    position = firstLine(document, nodePosition(document, label.paragraph));
  } else if (heading) {
    texts = sectionBlocks(document, heading, { nested: true }).map((block) => plainText(block));
    position = heading.position;
  } else {
    context.report({ messageId: 'noMigrationLabel', position: firstLine(document, breaking.position) });
    return;
  }
  const lines = texts
    .join('\n')
    .split('\n')
    .map((line) => normalizeName(line.replace(/^[-*]\s*/, '')))
    .filter((line) => line !== '' && !templatePrompts.has(line) && !containsPlaceholder(line, schema));
  if (lines.length === 0) context.report({ messageId: 'noMigration', position });
}

export default rule;
