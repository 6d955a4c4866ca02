import type { ListItem } from 'mdast';
import type { ChecklistItem, SpecDocument } from '../types/document.js';
import type { DocumentRule } from '../types/rule.js';
import type { StatusChecklistRequirement } from '../types/schema.js';
import { findSections, isInSection } from '../rule-helpers/find-sections.js';
import { firstLine } from '../rule-helpers/first-line.js';
import { blocksAfterLabel, findLabelledParagraphs, type LabelledParagraph } from '../rule-helpers/labels.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { shortenText } from './utils/format.js';
import { isStatusIn, readStatus } from './utils/status.js';

/**
 * An item the author marked as not applying: `N/A`, `not applicable`, `(skipped)`. Plain words like "skipped"
 * are part of many real items ("No tests silently skipped"), so only a parenthesised note counts.
 */
const notApplicable = /\bn\/a\b|\bnot applicable\b|\((?:not needed|skipped|not required)\)/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the checklists a status makes mandatory (the template lifecycle says which) checked',
      url: ruleDocsUrl('status-checklists'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unchecked: 'Unexpected unchecked {{checklist}} item "{{item}}" at status {{status}}, expected every item checked',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        const requirements = schema?.status?.requires;
        if (!schema || !requirements?.length) return;
        // An unknown status (`Shipped`) is metadata-enum's finding: there is no stage to hold the spec to.
        const status = readStatus(document, schema);
        if (!status?.stage) return;
        for (const requirement of requirements) {
          if (!isStatusIn(status, requirement.statuses, schema)) continue;
          for (const item of checklistItems(document, requirement)) {
            if (item.checked || isCrossedOut(item)) continue;
            context.report({
              messageId: 'unchecked',
              data: { checklist: requirement.checklist, item: shortenText(item.text, 60), status: status.value },
              position: firstLine(document, item.position),
              severity: requirement.severity,
            });
          }
        }
      },
    };
  },
};

/** The task-list items a requirement names: in its sections (at any depth) or after its `**Label**:` lines. */
function checklistItems(document: SpecDocument, requirement: StatusChecklistRequirement): ChecklistItem[] {
  const sections = findSections(document, requirement.sections ?? []).filter((section) => section.level > 1);
  const labelled = new Set(listItemsAfter(document, findLabelledParagraphs(document, requirement.labels ?? [])));
  // A list after another label (`**Approval**:` at the end of the last section) is that label's, not the section's.
  const otherLabels = new Set(listItemsAfter(document, findLabelledParagraphs(document)));
  return document.checklists.filter(
    (item) =>
      labelled.has(item.node) ||
      (!otherLabels.has(item.node) && sections.some((section) => isInSection(section, item.position.start.offset))),
  );
}

function listItemsAfter(document: SpecDocument, labels: readonly LabelledParagraph[]): ListItem[] {
  return labels.flatMap((label) =>
    blocksAfterLabel(document, label.index).flatMap((block) => (block.type === 'list' ? block.children : [])),
  );
}

/** Struck through or marked N/A: the author says the item does not apply to this spec. */
function isCrossedOut(item: ChecklistItem): boolean {
  if (notApplicable.test(item.text)) return true;
  const first = item.node.children[0];
  if (first?.type !== 'paragraph') return false;
  const visible = first.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return visible.length > 0 && visible.every((child) => child.type === 'delete');
}

export default rule;
