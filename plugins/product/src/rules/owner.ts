import type { DocumentRule } from '@specloom/core';
import { containsPlaceholder, quote } from '@specloom/core';
import { headerValue } from '../utils/metadata.js';

/**
 * `Name / Role` as the template asks, and the spellings people use for the same thing:
 * `Name (Role)`, `Name – Role`, `Name, Role`.
 */
const ownerShapes = [
  /^(?<name>[^/]+?)\s*\/\s*(?<role>.+)$/u,
  /^(?<name>[^()]+?)\s*\((?<role>[^()]+)\)$/u,
  /^(?<name>.+?)\s+[-–—]\s+(?<role>.+)$/u,
  /^(?<name>[^,]+?)\s*,\s*(?<role>.+)$/u,
];
const hasLetter = /\p{L}/u;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Owner to name a person and their role: `Name / Role`',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      shape: 'Unexpected owner {{value}}, expected "Name / Role" (who owns the spec, and their role)',
      missingName: 'Unexpected owner {{value}} without a name, expected "Name / Role"',
      missingRole: 'Unexpected owner {{value}} without a role, expected "Name / Role"',
    },
  },

  create(context) {
    return {
      document() {
        const owner = headerValue(context.document, 'Owner');
        // Empty is metadata-required's, `[Name / Role]` the placeholder rule's.
        if (!owner || owner.value === '' || containsPlaceholder(owner.value, context.schema)) return;
        const value = owner.value.replace(/\s+/g, ' ');
        const report = (messageId: string) =>
          // A name alone still names who owns the spec: the `Name / Role` shape is a convention, a warning. An owner
          // with no name at all is unfinished.
          context.report({
            messageId,
            data: { value: quote(value) },
            position: owner.entry.valuePosition,
            severity: messageId === 'missingName' ? undefined : 'warn',
          });

        if (/^\/|\/$/.test(value)) return report(value.startsWith('/') ? 'missingName' : 'missingRole');
        for (const shape of ownerShapes) {
          const groups = shape.exec(value)?.groups;
          // `name` and `role` take part in every shape's match.
          if (groups && hasLetter.test(groups.name!) && hasLetter.test(groups.role!)) return;
        }
        report('shape');
      },
    };
  },
};

export default rule;
