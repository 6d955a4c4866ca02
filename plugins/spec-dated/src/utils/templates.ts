import type { RuleContext } from '@specloom/core';

export const FEATURE = 'feature';
export const WHY_WHAT_HOW = 'why-what-how';

export type DatedTemplateId = typeof FEATURE | typeof WHY_WHAT_HOW;

/** The dated template the document was assigned, or undefined: plugin rules stay silent on other templates. */
export function datedTemplateOf(context: RuleContext): DatedTemplateId | undefined {
  const id = context.template?.id;
  return id === FEATURE || id === WHY_WHAT_HOW ? id : undefined;
}
