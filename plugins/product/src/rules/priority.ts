import type { DocumentRule } from '@specloom/core';
import { containsPlaceholder, joinWords, quote, z } from '@specloom/core';
import { headerValue, replaceValueFix } from '../utils/metadata.js';
// The renderer reads priorities with the same table and shape, so the page and the rule agree.
import { isPriorityPickList, PRIORITIES, PRIORITY_NAMES, PRIORITY_SHAPE } from '../utils/priority.js';

const optionsSchema = z.strictObject({
  /**
   * A bare level (`P1`) names the priority fully, so it is accepted (`allow`). Teams that want the template's
   * `P1 High` everywhere set `report`: a warning with a fix.
   */
  bareLevel: z.enum(['allow', 'report']).optional(),
});

type Options = z.infer<typeof optionsSchema>;

const rule: DocumentRule<Options> = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a Priority whose level and label agree: P0 Critical, P1 High, P2 Medium or P3 Low',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    schema: optionsSchema,
    defaultOptions: { bareLevel: 'allow' },
    messages: {
      mismatch: 'Unexpected priority {{value}}, expected {{expected}} (level and label must agree)',
      spelling: 'Unexpected priority {{value}}, expected {{expected}}',
      bareLevel: 'Unexpected bare priority level {{value}}, expected {{expected}}',
      unknown: 'Unexpected priority {{value}}, expected one of {{values}}',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const priority = headerValue(document, 'Priority');
        // Empty is metadata-required's; `P0 Critical | P1 High | …` and `[Priority]` are the placeholder rule's.
        if (!priority || priority.value === '' || containsPlaceholder(priority.value, context.schema)) return;
        const { entry, value } = priority;
        if (PRIORITY_NAMES.includes(value) || isPriorityPickList(value)) return;

        const report = (messageId: string, expected: string | undefined, certain: boolean) =>
          context.report({
            messageId,
            data: { value: quote(value), expected: expected ? quote(expected) : '', values: joinWords(PRIORITY_NAMES.map(quote), 'or') },
            position: entry.valuePosition,
            fix: certain && expected ? replaceValueFix(document, entry, value, expected) : undefined,
            // A spelling (`p1 high`, `High` for `P1 High`) names the priority surely: a warning with its fix.
            severity: messageId === 'spelling' ? 'warn' : undefined,
          });

        const shape = PRIORITY_SHAPE.exec(value.replace(/\s+/g, ' '));
        const levelText = shape?.[1];
        const level = levelText && PRIORITIES.find((priority) => priority.level === levelText.toUpperCase());
        const labelText = shape?.[2] ?? shape?.[3];
        const label = labelText && PRIORITIES.find((priority) => priority.label.toLowerCase() === labelText.toLowerCase());

        if (shape?.[1] && !level) return report('unknown', undefined, false);
        if (level && labelText === undefined) {
          const expected = `${level.level} ${level.label}`;
          if (context.options.bareLevel === 'report') {
            context.report({
              messageId: 'bareLevel',
              data: { value: quote(value), expected: quote(expected) },
              position: entry.valuePosition,
              fix: replaceValueFix(document, entry, value, expected),
              severity: 'warn',
            });
          } else if (shape[1] !== level.level) {
            report('spelling', level.level, true);
          }
          return;
        }
        if (!label) return report('unknown', undefined, false);
        if (!level) return report('spelling', `${label.level} ${label.label}`, true);
        if (level !== label) {
          // Either half may be the mistake: name both readings, fix neither.
          const expected = [`${level.level} ${level.label}`, `${label.level} ${label.label}`];
          context.report({
            messageId: 'mismatch',
            data: { value: quote(value), expected: joinWords(expected.map(quote), 'or') },
            position: entry.valuePosition,
          });
          return;
        }
        // Same level and label, other letter case: certain, like the core rule's case fixes.
        const expected = `${level.level} ${level.label}`;
        if (value.toLowerCase() === expected.toLowerCase()) report('spelling', expected, true);
        // Punctuation variants (`P1 - High`, `P1 (High)`) name the priority exactly: accepted.
      },
    };
  },
};

export default rule;
