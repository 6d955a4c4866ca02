import type { DocumentRule } from '@specloom/core';
import { containsPlaceholder, joinWords, positionFromOffsets, quote, quoteList } from '@specloom/core';
import { definedItems, ownSegments, statementSegments, type DefinedItem } from '../utils/defined-items.js';
import { expectedKeywords, keywordLevel, keywordPattern, lowercasePattern } from '../utils/rfc2119.js';
import { findInSegments, segmentsText, type TextMatch } from '../utils/text-segments.js';
import { WHY_WHAT_HOW, datedTemplateOf } from '../utils/templates.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require one RFC 2119 keyword in capitals in each why/what/how requirement',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missing: 'Unexpected requirement "{{id}}" without an RFC 2119 keyword, expected one of {{keywords}} in capitals',
      missingLowercase:
        'Unexpected requirement "{{id}}" without an RFC 2119 keyword (found {{found}}), expected one of {{keywords}} in capitals',
      mixed: 'Unexpected requirement levels {{keywords}} in "{{id}}", expected exactly one keyword per requirement (split it)',
      lowercase:
        'Unexpected lowercase {{word}} in requirement "{{id}}", expected {{upper}} for a requirement level or other wording (RFC 8174)',
    },
  },

  create(context) {
    return {
      'document:exit'() {
        const { document } = context;
        if (datedTemplateOf(context) !== WHY_WHAT_HOW) return;
        const requirements = definedItems(document, 'req');
        for (const requirement of requirements) {
          const id = requirement.occurrence.id;
          const { keywords, statementLowercase, anyLowercase, text } = scan(requirement, requirements);
          // A requirement defined some other way (a heading) has no text of its own to check.
          if (!requirement.item && !requirement.table) continue;
          if (keywords.length === 0) {
            // `**[REQ-004]** TBD`, `[specific requirement]`: unfilled text is the core placeholder rule's.
            if (containsPlaceholder(text, context.schema)) continue;
            const found = anyLowercase.length ? quoteList([...new Set(anyLowercase.map((match) => match.text))]) : '';
            context.report({
              messageId: found ? 'missingLowercase' : 'missing',
              // A lower-case `must` may be the level written small (RFC 8174): a judgement, a warning.
              severity: found ? 'warn' : undefined,
              data: { id, found, keywords: joinList(expectedKeywords) },
              position: requirement.occurrence.position,
            });
            continue;
          }
          const levels = new Map<string, TextMatch>();
          for (const keyword of keywords) {
            const level = keywordLevel(keyword.text);
            if (!levels.has(level)) levels.set(level, keyword);
          }
          const [, second] = levels.values();
          if (second) {
            context.report({
              messageId: 'mixed',
              data: { id, keywords: joinWords([...levels.values()].map((match) => match.text)) },
              position: positionFromOffsets(document.lineStarts, second.start, second.end),
              severity: 'warn',
            });
          }
          for (const word of statementLowercase) {
            context.report({
              messageId: 'lowercase',
              data: { id, word: quote(word.text), upper: quote(word.text.toUpperCase()) },
              position: positionFromOffsets(document.lineStarts, word.start, word.end),
              severity: 'warn',
            });
          }
        }
      },
    };

    function scan(requirement: DefinedItem, all: DefinedItem[]) {
      const source = context.document.text;
      if (requirement.table) {
        // A requirements table: the other cells of the row are the requirement's text.
        const cells = requirement.table.row.slice(1).map((cell) => ({
          value: cell.text,
          start: cell.position.start.offset,
          end: cell.position.end.offset,
        }));
        const lowercase = findInSegments(cells, lowercasePattern, source);
        return {
          keywords: findInSegments(cells, keywordPattern, source),
          statementLowercase: lowercase,
          anyLowercase: lowercase,
          text: segmentsText(cells),
        };
      }
      const own = ownSegments(requirement, all);
      return {
        keywords: findInSegments(own, keywordPattern, source),
        // Only the statement itself: notes and rationale under it are ordinary prose.
        statementLowercase: findInSegments(statementSegments(requirement), lowercasePattern, source).filter(
          (match) => match.text === match.text.toLowerCase(),
        ),
        anyLowercase: findInSegments(own, lowercasePattern, source),
        text: segmentsText(own),
      };
    }
  },
};

/** `MUST, MUST NOT, SHOULD, SHOULD NOT or MAY`. */
function joinList(items: readonly string[]): string {
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export default rule;
