import type { LoadedRule } from '@specloom/core';
import { optionsJsonSchema } from './options-json-schema.js';

/** ESLint's rule `meta`, derived from the specloom rule: nothing is written twice. */
export function eslintRuleMeta({ rule }: LoadedRule, url: string | undefined) {
  const { meta } = rule;
  return {
    type: meta.type,
    docs: {
      description: meta.docs.description,
      recommended: meta.docs.recommended,
      ...(url ? { url } : {}),
    },
    ...(meta.fixable ? { fixable: meta.fixable } : {}),
    // ESLint refuses suggestions from a rule that does not declare them.
    hasSuggestions: meta.hasSuggestions === true,
    messages: meta.messages,
    schema: optionsJsonSchema(rule),
  };
}
