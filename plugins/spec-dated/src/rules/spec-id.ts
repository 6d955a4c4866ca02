import type { DocumentRule, RuleContext } from '@specloom/core';
import { calendarProblem, isoDateOf } from '@specloom/core';
import { datedTemplateOf } from '../utils/templates.js';
import { specIdFormat } from '../templates/spec-id.js';
import { specIdEntry, specIdSlot, strictSpecId } from '../utils/spec-id-value.js';

/** Every part present but not zero-padded or cased as the form wants: `SPEC-2025-1-5-1`, `spec_2025/01/05_7`. */
const separatedForm = /^SPEC[-_ ](\d{4})[-_/.](\d{1,2})[-_/.](\d{1,2})[-_ ](\d{1,4})$/i;
/** A compact date: `SPEC-20250105-001` (eight digits, so month and day are certain). */
const compactForm = /^SPEC[-_ ]?(\d{4})(\d{2})(\d{2})[-_ ](\d{1,4})$/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Spec ID as SPEC-YYYY-MM-DD-NNN with a real date matching Created',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      malformed: 'Unexpected Spec ID "{{value}}", expected "{{format}}" (e.g. "{{example}}")',
      impossibleDate: 'Unexpected Spec ID "{{value}}" with an impossible date ({{reason}}), expected "{{format}}" with a real calendar date',
      createdMismatch: 'Unexpected date {{date}} in Spec ID "{{value}}", expected the Created date {{created}}',
    },
  },

  create(context) {
    return {
      document() {
        if (!datedTemplateOf(context)) return;
        // Without a schema there is no Spec ID field to check.
        const entry = context.schema ? specIdEntry(context.document, context.schema) : undefined;
        const value = typeof entry?.value === 'string' ? entry.value.trim() : '';
        // A missing or empty ID is metadata-required's; template text is the placeholder rule's.
        if (!entry || value === '' || specIdSlot.test(value)) return;
        const created = createdDate(context);
        const data = { value, format: specIdFormat };
        const position = entry.valuePosition;

        const strict = strictSpecId.exec(value);
        if (strict) {
          const [year, month, day] = [Number(strict[1]), Number(strict[2]), Number(strict[3])];
          const reason = calendarProblem(year, month, day);
          if (reason) {
            context.report({ messageId: 'impossibleDate', data: { ...data, reason }, position });
            return;
          }
          const date = `${strict[1]}-${strict[2]}-${strict[3]}`;
          if (created && created !== date) {
            // Which of the two is wrong is not certain, so no fix; a warning because the ID stays valid.
            context.report({ messageId: 'createdMismatch', data: { ...data, date, created }, position, severity: 'warn' });
          }
          return;
        }

        const loose = separatedForm.exec(value) ?? compactForm.exec(value);
        if (loose) {
          const [year, month, day, number] = [Number(loose[1]), Number(loose[2]), Number(loose[3]), Number(loose[4])];
          const reason = calendarProblem(year, month, day);
          if (reason) {
            context.report({ messageId: 'impossibleDate', data: { ...data, reason }, position });
            return;
          }
          if (number <= 999) {
            // Only zero-padding, separators and letter case change: the meaning is certain, so it is fixed.
            const fixed = `SPEC-${year}-${pad(month)}-${pad(day)}-${pad(number, 3)}`;
            const valueStart = entry.valuePosition.start.offset;
            const source = context.document.text.slice(valueStart, entry.valuePosition.end.offset);
            const start = valueStart + Math.max(0, source.indexOf(value));
            context.report({
              messageId: 'malformed',
              data: { ...data, example: fixed },
              position,
              fix: { range: [start, start + value.length], text: fixed },
            });
            return;
          }
        }
        const example = `SPEC-${created ?? '2025-01-31'}-001`;
        context.report({ messageId: 'malformed', data: { ...data, example }, position });
      },
    };
  },
};

/** Spec IDs write month and day with two digits and the sequence number with three. */
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The document's Created date, when it is a real ISO date. */
function createdDate(context: RuleContext): string | undefined {
  const entry = context.document.metadata.created;
  return typeof entry?.value === 'string' ? isoDateOf(entry.value, { isoOnly: true }) : undefined;
}

export default rule;
