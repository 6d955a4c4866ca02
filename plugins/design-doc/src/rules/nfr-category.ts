import type { ListItem, PhrasingContent } from 'mdast';
import type { DocumentRule } from '@specloom/core';
import {
  containsPlaceholder,
  findSections,
  lineEndAt,
  listItemText,
  positionAt,
  sectionBlocks,
  topLevelListItems,
} from '@specloom/core';

const sectionTitles = ['Non-Functional Requirements', 'Nonfunctional Requirements', 'Non Functional Requirements'];

/** Text that may stand before the bold category: an ID such as `NFR-1:` or `[NFR2]`. */
const leadingId = /^\s*\[?NFR[-_ ]?\d+\]?\s*[:.)-]?\s*$/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every non-functional requirement to name its category in bold',
      recommended: true,
    },
    // Bold is how the template marks a category; a category written plainly is a convention, not a defect.
    defaultSeverity: 'warn',
    messages: {
      missing: 'Non-functional requirement has no category in bold, expected `**Category**: …` such as `**{{example}}**:`',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        for (const section of findSections(document, sectionTitles)) {
          // Items under a sub-heading (`#### Performance`) already have their category: only direct items count.
          for (const item of topLevelListItems(sectionBlocks(document, section, { nested: false }))) {
            const text = listItemText(item);
            if (text === '' || containsPlaceholder(text, schema) || opensWithBold(item)) continue;
            const start = item.position?.start.offset ?? 0;
            context.report({
              messageId: 'missing',
              data: { example: guessCategory(text) },
              position: positionAt(document, start, lineEndAt(document.text, start)),
            });
          }
        }
      },
    };
  },
};

/** `**Performance**: …`, `**Performance:** …` or `NFR-1 **Performance**: …`. */
function opensWithBold(item: ListItem): boolean {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return false;
  const children: PhrasingContent[] = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  const [first, second] = children;
  if (first?.type === 'strong') return true;
  return first?.type === 'text' && leadingId.test(first.value) && second?.type === 'strong';
}

const categories: Array<[RegExp, string]> = [
  [/latenc|throughput|response time|\bp9\d\b|per second/i, 'Performance'],
  [/secur|encrypt|auth|tls|access/i, 'Security'],
  [/scal/i, 'Scalability'],
  [/availab|uptime|reliab|failover|durab/i, 'Reliability'],
  [/usab|ux\b|accessib/i, 'Usability'],
  [/maintain|documentation|code quality|test coverage/i, 'Maintainability'],
];

/** A category the item's words suggest, so the message shows a concrete fix. */
function guessCategory(text: string): string {
  return categories.find(([pattern]) => pattern.test(text))?.[1] ?? 'Performance';
}

export default rule;
