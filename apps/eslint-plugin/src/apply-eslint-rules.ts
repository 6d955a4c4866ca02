import type { ResolvedConfig, RuleSettingResolved } from '@specloom/core';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The specloom config as ESLint's rule settings make it: exactly the rules on in ESLint. Each runs at `error`,
 * so a message that comes back as a warning is one its rule softened (see the processor); ESLint applies the
 * configured severity. Options given in ESLint are merged over the rule's defaults, as specloom config options
 * are, and checked with the rule's own schema; without them the rule keeps the options of `specloom.config.*`.
 */
export function applyEslintRules(config: ResolvedConfig, rules: Record<string, unknown[]>): ResolvedConfig {
  const byId = new Map(config.rules.map((loaded) => [loaded.id, loaded]));
  const ruleSettings = new Map<string, RuleSettingResolved>();
  for (const [id, eslintOptions] of Object.entries(rules)) {
    const loaded = byId.get(id);
    // A rule the specloom config does not load (its plugin replaced by another copy without it): nothing to run.
    if (!loaded) continue;
    const { schema } = loaded.rule.meta;
    const defaultOptions: unknown = loaded.rule.meta.defaultOptions;
    let options: unknown = config.ruleSettings.get(id)?.options ?? defaultOptions;
    if (eslintOptions.length > 0) {
      const given = eslintOptions[0];
      const merged = isPlainObject(defaultOptions) && isPlainObject(given) ? { ...defaultOptions, ...given } : given;
      const checked = schema ? schema.safeParse(merged) : { success: true as const, data: merged };
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue && issue.path.length > 0 ? `option "${issue.path.join('.')}"` : 'the options value';
        throw new TypeError(`Rule "${id}": Unexpected ${where}: ${issue?.message ?? checked.error.message}`);
      }
      options = checked.data;
    }
    ruleSettings.set(id, { severity: 'error', options });
  }
  return { ...config, ruleSettings };
}
