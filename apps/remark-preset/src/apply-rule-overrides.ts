import type { ResolvedConfig } from '@specloom/core';
import { CORE_PLUGIN_NAME, resolveConfig, SpecloomConfigError } from '@specloom/core/host';
import { OPTIONS_NAME } from './preset-options.js';

/** remark-lint's `true` / `'on'` mean "on at its usual severity"; `false` means off. */
function toSpecloomSetting(config: ResolvedConfig, id: string, setting: unknown): unknown {
  const parts: unknown[] = Array.isArray(setting) ? setting : [setting];
  const [severity, ...rest] = parts;
  let value = severity;
  if (severity === false) value = 'off';
  if (severity === true || severity === 'on') {
    const loaded = config.rules.find((candidate) => candidate.id === id);
    value = loaded?.rule.meta.defaultSeverity ?? 'error';
  }
  return Array.isArray(setting) ? [value, ...rest] : value;
}

/**
 * The config with `.remarkrc` rule settings on top. They are checked by core's own config resolution (unknown
 * rule ids, severities, options against each rule's schema), so a mistake reads as it would in
 * `specloom.config.*`. A bare severity keeps options the specloom config gave the rule, as in ESLint.
 */
export async function applyRuleOverrides(config: ResolvedConfig, overrides: Record<string, unknown>): Promise<ResolvedConfig> {
  const ids = Object.keys(overrides);
  if (ids.length === 0) return config;
  const rules = Object.fromEntries(ids.map((id) => [id, toSpecloomSetting(config, id, overrides[id])]));
  let checked: ResolvedConfig;
  try {
    checked = await resolveConfig(
      { rules },
      {
        rootDir: config.rootDir,
        // Already imported plugin objects: nothing is loaded again. The core plugin is always added by core.
        builtinPlugins: config.plugins.filter((plugin) => plugin.name !== CORE_PLUGIN_NAME),
      },
    );
  } catch (error) {
    if (!(error instanceof SpecloomConfigError)) throw error;
    // Core names the (absent) config file "specloom config"; these settings come from the remark config.
    throw new SpecloomConfigError(`${OPTIONS_NAME}: ${error.message.replace(/^specloom config: /, '')}`, { cause: error });
  }

  const ruleSettings = new Map(config.ruleSettings);
  for (const id of ids) {
    const setting = checked.ruleSettings.get(id);
    if (!setting) {
      ruleSettings.delete(id);
      continue;
    }
    const givesOptions = Array.isArray(overrides[id]) && (overrides[id] as unknown[]).length === 2;
    const options = givesOptions ? setting.options : (config.ruleSettings.get(id)?.options ?? setting.options);
    ruleSettings.set(id, { severity: setting.severity, options });
  }
  return { ...config, ruleSettings };
}
