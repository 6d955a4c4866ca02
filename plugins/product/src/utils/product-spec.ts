import type { RuleContext } from '@specloom/core';

export const PRODUCT_TEMPLATE_ID = 'product';

/** Plugin rules run on every document of a run; these only speak about product specs. */
export function isProductSpec(context: RuleContext<unknown>): boolean {
  return context.template?.id === PRODUCT_TEMPLATE_ID;
}
