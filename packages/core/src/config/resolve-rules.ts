import type { LoadedRule, RuleSettingResolved } from '../types/engine.js';
import type { SpecloomPlugin } from '../types/plugin.js';
import { configError, describeValue, formatKeyPath, formatList, isPlainObject, type ConfigSource } from './config-messages.js';
import { closestMatch } from './closest-match.js';
import { SEVERITY_VALUES, severityName, severitySchema } from './config-schema.js';
import { describeZodIssue } from './describe-zod-issue.js';
import { ruleIdFor, splitRuleId, suggestRuleId } from './rule-ids.js';
import { defined } from '../defined.js';

/** Every rule of every plugin, with its full id (`rfc/decision-single`, or bare for core rules). */
export function loadRules(plugins: SpecloomPlugin[], source: ConfigSource): LoadedRule[] {
  const rules: LoadedRule[] = [];
  const owners = new Map<string, string>();
  for (const plugin of plugins) {
    for (const [name, rule] of Object.entries(plugin.rules ?? {})) {
      const id = ruleIdFor(plugin.name, name);
      const owner = owners.get(id);
      if (owner !== undefined) {
        throw configError(source, [], `plugin "${plugin.name}" defines rule "${id}", as does plugin "${owner}"; expected unique rule ids`);
      }
      owners.set(id, plugin.name);
      rules.push({ id, plugin: plugin.name, rule });
    }
  }
  return rules;
}

/**
 * Enabled rules by id: the recommended ones at their default severity and options, then the config's
 * `rules` entries on top (`off` removes a rule; options are validated with the rule's schema).
 */
export function resolveRuleSettings(
  rules: LoadedRule[],
  configured: Record<string, unknown>,
  source: ConfigSource,
): Map<string, RuleSettingResolved> {
  const settings = new Map<string, RuleSettingResolved>();
  const byId = new Map(rules.map((loaded) => [loaded.id, loaded]));
  for (const { id, rule } of rules) {
    if (rule.meta.docs.recommended) {
      settings.set(id, { severity: rule.meta.defaultSeverity ?? 'error', options: rule.meta.defaultOptions });
    }
  }

  for (const [id, setting] of Object.entries(configured)) {
    const keyPath = ['rules', id];
    const loaded = byId.get(id);
    if (!loaded) throw configError(source, keyPath, unknownRuleProblem(id, rules));

    const parts: unknown[] = Array.isArray(setting) ? setting : [setting];
    const [severityValue, options] = parts;
    if (Array.isArray(setting) && (setting.length === 0 || setting.length > 2)) {
      throw configError(source, keyPath, `is an array of ${setting.length} items; expected a severity or [severity, options]`);
    }
    const severity = severitySchema.safeParse(severityValue);
    if (!severity.success) throw configError(source, keyPath, invalidSeverityProblem(severityValue));
    const name = severityName(severity.data);
    if (name === 'off') {
      settings.delete(id);
      continue;
    }

    const defaults: unknown = loaded.rule.meta.defaultOptions;
    const hasOptions = Array.isArray(setting) && setting.length === 2;
    let resolvedOptions: unknown = defaults;
    if (hasOptions) {
      // Options given in config are merged over the defaults, so partial options are enough.
      const merged = isPlainObject(defaults) && isPlainObject(options) ? { ...defaults, ...options } : options;
      resolvedOptions = validateOptions(loaded, merged, source);
    }
    settings.set(id, { severity: name, options: resolvedOptions });
  }
  return settings;
}

function validateOptions(loaded: LoadedRule, options: unknown, source: ConfigSource): unknown {
  const schema = loaded.rule.meta.schema;
  if (!schema) return options;
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const { keyPath, detail } = describeZodIssue(defined(result.error.issues[0], 'a failed zod parse to report an issue'), options);
  const where = keyPath.length > 0 ? `option "${formatKeyPath(keyPath)}"` : 'the options value';
  throw configError(source, ['rules', loaded.id], `has invalid options for rule "${loaded.id}": ${where} ${detail}`);
}

function invalidSeverityProblem(value: unknown): string {
  const shown =
    typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : `(${describeValue(value)})`;
  const suggestion = typeof value === 'string' ? closestMatch(value, ['off', 'warn', 'error']) : undefined;
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  return `has an invalid severity ${shown}; expected ${formatList([...SEVERITY_VALUES])}${hint}`;
}

function unknownRuleProblem(id: string, rules: LoadedRule[]): string {
  const suggestion = suggestRuleId(id, rules.map((loaded) => loaded.id));
  if (suggestion) return `names an unknown rule; did you mean "${suggestion}"?`;
  const { pluginName } = splitRuleId(id);
  const pluginNames = [...new Set(rules.map((loaded) => loaded.plugin))];
  if (id.includes('/') && !pluginNames.includes(pluginName)) {
    return `names a rule of plugin "${pluginName}", which is not loaded; expected a rule of a loaded plugin, or "${pluginName}" added to "plugins"`;
  }
  return `names an unknown rule; expected the id of a rule of a loaded plugin (${formatList(pluginNames, 'or')})`;
}
