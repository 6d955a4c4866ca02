import type { DocumentRule, Position } from '@specloom/core';
import { containsPlaceholder, positionFromOffsets } from '@specloom/core';
import { definedItems, ownSegments, statementSegments } from '../utils/defined-items.js';
import { nfrBullets } from '../utils/nfr-bullets.js';
import { segmentsText, textSegments } from '../utils/text-segments.js';
import { FEATURE, datedTemplateOf } from '../utils/templates.js';

/** `NFR1:`, `**[NFR-2]**` and the like at the start of an item. */
const leadingId = /^\s*\[?\s*NFR-?\d+\s*\]?\s*[:.)\-–—]?\s*/i;
/** `Performance - p95 under 150 ms`, `Security: …`, `Data retention – …`. */
const categoryAndTarget = /^([\p{L}][\p{L}\s/&'’-]{0,40}?)\s*(?:\s[-–—]\s|:\s*|\s[-–—]$|:$)(.*)$/u;
/** `(Performance) p95 under 150 ms`. */
const parenthesisedCategory = /^\(([\p{L}][\p{L}\s/&'’-]{0,40})\)\s*[:\-–—]?\s*(.*)$/u;
/** Categories that are measured in numbers: a target without any digit cannot be verified. */
const measuredCategories =
  /^(?:performance|scalability|latency|throughput|capacity|load|availability|uptime|response times?|speed|efficiency|resource usage|cost)$/i;
/** Words that stand for a target not written yet (core `placeholder` reports `[…]`, `XXms`, `TBD`). */
const pendingTarget = /^(?:tbc|tba|to be (?:defined|determined|decided|confirmed|agreed)|n\/?a|\?+|-+|—|pending|unknown|later)\.?$/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require each non-functional requirement to name a category and a measurable target',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missingCategory: 'Unexpected {{subject}} without a category, expected {{form}}',
      missingTarget: 'Unexpected {{subject}} without a target for {{category}}, expected {{form}}',
      pendingTarget:
        'Unexpected {{category}} target "{{target}}" in {{location}}, expected a measurable target, not one still to be defined',
      notMeasurable:
        'Unexpected unmeasurable {{category}} target "{{target}}" in {{location}}, expected a number to test against (e.g. "p95 under 200 ms")',
    },
  },

  create(context) {
    return {
      'document:exit'() {
        const { document, schema } = context;
        const template = datedTemplateOf(context);
        if (!template || !schema) return;

        /** `subject` names the item in messages, `location` where its target stands. */
        const check = (subject: string, location: string, form: string, statement: string, rest: string, position: Position) => {
          const text = statement.replace(leadingId, '').trim();
          const match = categoryAndTarget.exec(text) ?? parenthesisedCategory.exec(text);
          // Both patterns have two groups, each taking part in every match.
          const [category, targetText] = match ? [match[1]!.trim(), match[2]!.trim()] : [];
          if (category === undefined || targetText === undefined || category.split(/\s+/).length > 4) {
            // `NFR4: [Description]` is unfilled template text: the core placeholder rule reports it.
            if (containsPlaceholder(text, schema)) return;
            context.report({ messageId: 'missingCategory', severity: 'warn', data: { subject, form }, position });
            return;
          }
          const target = (targetText || rest.trim()).replace(/\s+/g, ' ');
          if (target === '') {
            context.report({ messageId: 'missingTarget', data: { subject, category, form }, position });
          } else if (pendingTarget.test(target)) {
            context.report({ messageId: 'pendingTarget', data: { location, category, target }, position, severity: 'warn' });
          } else if (measuredCategories.test(category) && !/\d/.test(target) && !containsPlaceholder(target, schema)) {
            context.report({ messageId: 'notMeasurable', data: { location, category, target }, position, severity: 'warn' });
          }
        };


        if (template === FEATURE) {
          // `- [ ] NFR1: Performance - [Metric]`: the NFR IDs mark the items.
          const nfrs = definedItems(document, 'nfr');
          for (const nfr of nfrs) {
            if (!nfr.item) continue;
            const statement = segmentsText(statementSegments(nfr));
            const all = segmentsText(ownSegments(nfr, nfrs));
            const rest = all.slice(all.indexOf(statement) + statement.length);
            const id = `"${nfr.occurrence.id}"`;
            check(id, id, '"NFR1: Category - measurable target"', statement, rest, nfr.occurrence.position);
          }
          return;
        }

        // Why/what/how: `- **Performance**: …` bullets directly under "Non-Functional Requirements".
        for (const item of nfrBullets(document)) {
          const first = item.children[0];
          if (first?.type !== 'paragraph') continue;
          const statement = segmentsText(textSegments(first));
          const rest = item.children
            .slice(1)
            .map((child) => segmentsText(textSegments(child)))
            .join(' ');
          const itemStart = item.position?.start.offset ?? 0;
          const position = positionFromOffsets(document.lineStarts, itemStart, first.position?.end.offset ?? itemStart);
          const form = '"**Category**: measurable target"';
          check('non-functional requirement', 'the non-functional requirements', form, statement, rest, position);
        }
      },
    };
  },
};

export default rule;
