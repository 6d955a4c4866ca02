import type { RuleContext } from '@specloom/core';

const RFC_TEMPLATE_ID = 'rfc';

/** The engine runs every enabled rule on every document: these rules only judge RFC-numbered specs. */
export function isRfc(context: RuleContext<unknown>): boolean {
  return context.template?.id === RFC_TEMPLATE_ID;
}
