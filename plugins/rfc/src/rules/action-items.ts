import type { DocumentRule, Position, RuleContext } from '@specloom/core';
import { isHandle } from '../utils/handles.js';
import {
  checkDate,
  containsPlaceholder,
  findSections,
  findTextPosition,
  firstLine,
  listItemText,
  nodePosition,
  sectionBlocks,
  topLevelListItems,
} from '@specloom/core';

const sectionTitles = ['Action Items', 'Action items'];

/** `Owner: @alice`, `Owners: @a, @b`, `**Owner**: @a`; the value runs to ` - `, `|`, `Due` or the end. */
const ownerPattern = /\bOwners?(?:\s*:\s*|\s+(?=@))(.*?)\s*(?=\s[-–—|]\s|\s*[|;)\]]|\s+Due\b|$)/i;
/** `Due: 2026-03-06`, `Due 2026-03-06`; `due to the outage` is prose, not a date. */
const duePattern = /\bDue(?:\s+date)?(?:\s*:\s*|\s+(?=\d))(.*?)\s*(?=\s[-–—|]\s|\s*[|;,)\]]|\s+Owners?\b|$)/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every action item to have `Owner: @handle` and a real `Due:` date',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      noOwner: 'Missing owner in action item, expected `Owner: @handle`',
      ownerNotHandle: 'Unexpected owner `{{value}}`, expected an `@handle`',
      noDue: 'Missing due date in action item, expected `Due: YYYY-MM-DD`',
      dueFormat: 'Unexpected due date `{{value}}`, expected a date as YYYY-MM-DD',
      dueInvalid: 'Unexpected due date `{{value}}`, expected a real calendar date ({{reason}})',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        for (const section of findSections(document, sectionTitles)) {
          for (const item of topLevelListItems(sectionBlocks(document, section, { nested: false }))) {
            const text = listItemText(item).replace(/[*`]/g, '');
            if (text === '') continue;
            checkItem(context, text, nodePosition(document, item));
          }
        }
      },
    };
  },
};

function checkItem(context: RuleContext, text: string, itemPosition: Position): void {
  const { document, schema } = context;
  const line = firstLine(document, itemPosition);
  const owner = ownerPattern.exec(text)?.[1]?.trim();
  if (owner === undefined || owner === '') {
    context.report({ messageId: 'noOwner', position: line });
  } else if (!containsPlaceholder(owner, schema)) {
    for (const name of owner.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean)) {
      if (isHandle(name.replace(/\s*\(.*$/, ''))) continue;
      context.report({ messageId: 'ownerNotHandle', severity: 'warn', data: { value: name }, position: findAfter(context, itemPosition, /\bOwners?\b/i, name) ?? line });
    }
  }
  const due = duePattern.exec(text)?.[1]?.trim();
  if (due === undefined || due === '') {
    context.report({ messageId: 'noDue', severity: 'warn', position: line });
  } else if (!containsPlaceholder(due, schema)) {
    const check = checkDate(due, { isoOnly: true });
    const position = findAfter(context, itemPosition, /\bDue\b/i, due) ?? line;
    if (check.kind === 'invalid') context.report({ messageId: 'dueInvalid', data: { value: due, reason: check.reason }, position });
    else if (check.kind === 'unrecognized') context.report({ messageId: 'dueFormat', severity: 'warn', data: { value: due }, position });
  }
}

/** Where `text` first stands after the label matching `label` inside the item (so a word in the title is skipped). */
function findAfter(context: RuleContext, within: Position, label: RegExp, text: string): Position | undefined {
  const { document } = context;
  const labelIndex = document.text.slice(within.start.offset, within.end.offset).search(label);
  return findTextPosition(document, within, text, within.start.offset + Math.max(labelIndex, 0));
}

export default rule;
