import type { RuleContext } from '@specloom/core';

const DESIGN_DOC_TEMPLATE_ID = 'design-doc';

/** The engine runs every enabled rule on every document: these rules only judge design docs. */
export function isDesignDoc(context: RuleContext<unknown>): boolean {
  return context.template?.id === DESIGN_DOC_TEMPLATE_ID;
}
