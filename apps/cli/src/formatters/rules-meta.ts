import type { LintResult, ResolvedConfig, RuleMeta } from '@specloom/core';

/** A rule's `meta` as ESLint formatters read it (`rulesMeta[ruleId].docs.url`, `.docs.description`, `.fixable`). */
export interface EslintRuleMeta {
  type: RuleMeta['type'];
  docs: { description: string; recommended: boolean; url?: string };
  fixable?: 'code';
  messages: Record<string, string>;
}

function toEslintRuleMeta(meta: RuleMeta): EslintRuleMeta {
  // Picked field by field: `schema` is a zod object, which neither JSON nor ESLint formatters can read.
  const eslintMeta: EslintRuleMeta = {
    type: meta.type,
    docs: { description: meta.docs.description, recommended: meta.docs.recommended },
    messages: { ...meta.messages },
  };
  if (meta.docs.url !== undefined) eslintMeta.docs.url = meta.docs.url;
  if (meta.fixable !== undefined) eslintMeta.fixable = meta.fixable;
  return eslintMeta;
}

/** ESLint's `rulesMeta`: the meta of each rule that reported something in `results`, by rule id. */
export function rulesMetaForResults(results: LintResult[], config: ResolvedConfig): Record<string, EslintRuleMeta> {
  const reported = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)));
  const rulesMeta: Record<string, EslintRuleMeta> = {};
  for (const loaded of config.rules) {
    if (reported.has(loaded.id)) rulesMeta[loaded.id] = toEslintRuleMeta(loaded.rule.meta);
  }
  return rulesMeta;
}
