import { STATUS_CODES } from 'node:http';
import type { ListItem } from 'mdast';
import type { DocumentRule } from '@specloom/core';
import {
  blocksAfterLabel,
  findLabelledParagraphs,
  findSections,
  firstLine,
  listItemText,
  nodePosition,
  sectionBlocks,
} from '@specloom/core';

const labels = ['Status Codes', 'Status codes', 'Response Codes', 'Error Codes', 'HTTP Status Codes'];

/** Older or alternative reason phrases that name the same code (RFC 7231 vs RFC 9110 wording). */
const otherPhrases: Record<string, number> = {
  'unprocessable entity': 422,
  'payload too large': 413,
  'request entity too large': 413,
  'request-uri too long': 414,
  'uri too long': 414,
  'requested range not satisfiable': 416,
  'moved temporarily': 302,
  "i'm a teapot": 418,
};

/** Reason phrase -> code, for telling `200 Created` (a real phrase of another code) from a free-form note. */
const codeByPhrase = new Map<string, number>([
  ...Object.entries(STATUS_CODES).map(([code, phrase]) => [String(phrase).toLowerCase(), Number(code)] as [string, number]),
  ...Object.entries(otherPhrases),
]);

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the listed HTTP status codes to be real codes with their own reason phrase',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unknown: 'Unexpected HTTP status code {{code}}, expected a registered status code such as 200 OK or 404 Not Found',
      phrase: 'Unexpected `{{code}} {{phrase}}`, expected `{{code}} {{expected}}` or `{{other}} {{phrase}}`',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const items: ListItem[] = [];
        for (const label of findLabelledParagraphs(document, labels)) {
          for (const block of blocksAfterLabel(document, label.index)) if (block.type === 'list') items.push(...block.children);
        }
        for (const section of findSections(document, labels)) {
          for (const block of sectionBlocks(document, section, { nested: false })) if (block.type === 'list') items.push(...block.children);
        }
        for (const item of new Set(items)) {
          // `` `404 Not Found`: Unknown charger``, `**404** - Not Found`; `4xx` ranges are not single codes.
          const match = /^\s*(\d{3})\b[\s*`:–-]*([A-Za-z][A-Za-z' -]*[A-Za-z])?/.exec(listItemText(item).replace(/[*`]/g, ''));
          if (!match) continue;
          const code = Number(match[1]);
          const position = firstLine(document, nodePosition(document, item));
          const ownPhrase = STATUS_CODES[code];
          if (!ownPhrase) {
            context.report({ messageId: 'unknown', severity: 'warn', data: { code }, position });
            continue;
          }
          const phrase = match[2]?.trim();
          const named = phrase ? codeByPhrase.get(phrase.toLowerCase()) : undefined;
          if (phrase && named !== undefined && named !== code) {
            context.report({ messageId: 'phrase', data: { code, phrase, expected: ownPhrase, other: named }, position });
          }
        }
      },
    };
  },
};

export default rule;
