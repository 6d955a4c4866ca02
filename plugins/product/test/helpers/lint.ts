import type { LintResult, Rule } from '@specloom/core';
// The core's test harness runs rules through the real engine; it is not part of the published API yet.
import { lintWithRules } from '../../../../packages/core/src/engine/testing/lint-with-rules.js';
import { productTemplate } from '../../src/templates/product.js';

/** The date every product test runs on (fixtures are dated before it). */
export const TODAY = '2026-11-22';

export interface LintProductOptions {
  fix?: boolean;
  options?: unknown;
  filePath?: string;
}

/** Lint a product spec with one plugin rule, as the engine would with the product template assigned. */
export function lintProduct(text: string, ruleName: string, rule: Rule, options: LintProductOptions = {}): LintResult {
  const id = `product/${ruleName}`;
  return lintWithRules(text, {
    rules: { [id]: rule },
    template: productTemplate,
    today: TODAY,
    fix: options.fix,
    filePath: options.filePath,
    ruleOptions: options.options === undefined ? undefined : { [id]: options.options },
  });
}

/** Messages as a person reads them in the CLI: `line:column message`. */
export function messageLines(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.message}`);
}
