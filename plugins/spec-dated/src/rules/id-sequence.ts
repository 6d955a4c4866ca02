import type { DocumentRule, Fix, IdOccurrence } from '@specloom/core';
import { datedTemplateOf } from '../utils/templates.js';

/** `REQ-7` -> prefix `REQ-`, digits `7`. */
const idParts = /^(.*?)(\d+)$/;
/** The digit count a family pattern fixes: `REQ-\d{3}` -> 3; `FR\d+` has none. */
const fixedWidth = /\\d\{(\d+)\}/;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require requirement, acceptance criterion and test IDs in ascending order and zero-padded',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      descending: 'Unexpected "{{id}}" after "{{previous}}", expected IDs in ascending order ({{prefix}}{{next}} or later)',
      width: 'Unexpected ID "{{id}}", expected {{digits}} digits: "{{expected}}"',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!datedTemplateOf(context) || !schema) return;
        // Families the template numbers in sequence (FR1…, REQ-001…); the Spec ID is not one of them.
        for (const family of schema.idFamilies ?? []) {
          if (!family.sequential || family.scope !== 'document') continue;
          const occurrences = document.ids.filter((occurrence) => occurrence.family === family.name.toLowerCase());
          const definitions = occurrences.filter((occurrence) => occurrence.kind === 'definition');
          const width = Number(fixedWidth.exec(family.pattern)?.[1] ?? 0);

          let highest: { occurrence: IdOccurrence; number: number } | undefined;
          const seen = new Set<number>();
          for (const occurrence of definitions) {
            const parts = idParts.exec(occurrence.id);
            if (!parts) continue;
            const prefix = parts[1]!;
            const digits = parts[2]!;
            const number = Number(digits);
            if (width && digits.length !== width) reportWidth(occurrence, prefix, digits, width);
            // A repeated number is a duplicate: core `id-duplicate` reports it, with the line of the first.
            if (seen.has(number)) continue;
            seen.add(number);
            if (highest && number < highest.number) {
              context.report({
                messageId: 'descending', severity: 'warn',
                data: {
                  id: occurrence.id,
                  previous: highest.occurrence.id,
                  prefix,
                  next: String(highest.number + 1).padStart(width, '0'),
                },
                position: occurrence.position,
              });
            } else {
              highest = { occurrence, number };
            }
          }

          function reportWidth(occurrence: IdOccurrence, prefix: string, digits: string, digitCount: number): void {
            const number = Number(digits);
            const expected = `${prefix}${String(number).padStart(digitCount, '0')}`;
            const fits = String(number).length <= digitCount;
            // Renaming is certain only when the padded ID is not taken: then every mention of the ID is renamed.
            const taken = occurrences.some((other) => other.id === expected);
            const fix: Fix[] | undefined =
              fits && !taken
                ? occurrences
                    .filter((other) => other.id === occurrence.id)
                    .map((other) => ({ range: [other.position.start.offset, other.position.end.offset], text: expected }))
                : undefined;
            context.report({
              messageId: 'width',
              data: { id: occurrence.id, digits: digitCount, expected: fits ? expected : `${prefix}${'N'.repeat(digitCount)}` },
              position: occurrence.position,
              fix,
            });
          }
        }
      },
    };
  },
};

export default rule;
