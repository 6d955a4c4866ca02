import type { ListItem } from 'mdast';
import type { DocumentRule, RuleContext } from '@specloom/core';
import {
  containsPlaceholder,
  findSections,
  lineEndAt,
  listItemText,
  positionAt,
  proseTextNodes,
  sectionBlocks,
  topLevelListItems,
} from '@specloom/core';

/** Section titles functional requirements stand under. */
const sectionTitles = ['Functional Requirements', 'Functional'];

/** RFC 2119 keywords in capitals; SHALL, REQUIRED, RECOMMENDED and OPTIONAL are RFC 2119 too. */
const capitalKeyword = /\b(?:MUST|SHALL|SHOULD|MAY|REQUIRED|RECOMMENDED|OPTIONAL)\b/;
/** The same words in lower case, which RFC 8174 says carry no requirement. */
const lowercaseKeyword = /(?<![\w-])(?:(?:must|shall|should)(?:\s+not)?|may)(?![\w-])/g;
/** An unordered item counts as a numbered requirement when it opens with an ID (`FR-1`, `**[REQ-003]**`). */
const requirementId = /^\s*\[?(?:FR|REQ|F)[-_ ]?\d+\]?[:.)\s-]/i;

const expected = 'MUST, MUST NOT, SHOULD, SHOULD NOT, MAY';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an RFC 2119 keyword in capitals in every numbered functional requirement',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missing: 'Requirement has no RFC 2119 keyword, expected one of {{expected}}',
      lowercase: 'Unexpected lowercase `{{word}}` in a requirement, expected `{{upper}}`',
    },
  },

  create(context) {
    return {
      document() {
        for (const section of findSections(context.document, sectionTitles)) {
          const blocks = sectionBlocks(context.document, section, { nested: true });
          const numbered = topLevelListItems(blocks, (ordered) => ordered);
          const withIds = topLevelListItems(blocks, (ordered) => !ordered).filter((item) => requirementId.test(listItemText(item)));
          for (const item of [...numbered, ...withIds]) checkRequirement(context, item);
        }
      },
    };
  },
};

function checkRequirement(context: RuleContext, item: ListItem): void {
  const { document, schema } = context;
  const text = listItemText(item);
  // `The system MUST [requirement]` is unfilled template text: the placeholder rule's.
  if (text === '' || containsPlaceholder(text, schema)) return;
  const lowercase = lowercaseWords(context, item);
  if (!capitalKeyword.test(text) && lowercase.length === 0) {
    const start = item.position?.start.offset ?? 0;
    context.report({
      messageId: 'missing',
      data: { expected },
      position: positionAt(document, start, lineEndAt(document.text, start)),
    });
    return;
  }
  /*
   * Lowercase keywords warn, whether or not the requirement also has a capital one: `The system should retry`
   * is a requirement whose keyword lost its capitals, not one without a keyword.
   */
  for (const word of lowercase) {
    context.report({
      messageId: 'lowercase',
      data: { word: word.text, upper: word.text.toUpperCase() },
      position: positionAt(document, word.start, word.end),
      severity: 'warn',
    });
  }
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Lowercase keywords in the prose of the item (not in code, not in nested lists). */
function lowercaseWords(context: RuleContext, item: ListItem): Word[] {
  const words: Word[] = [];
  for (const node of proseTextNodes(item, { skipLists: true })) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const source = context.document.text.slice(start, end);
    for (const match of source.matchAll(lowercaseKeyword)) {
      words.push({ text: match[0].replace(/\s+/g, ' '), start: start + match.index, end: start + match.index + match[0].length });
    }
  }
  return words;
}

export default rule;
