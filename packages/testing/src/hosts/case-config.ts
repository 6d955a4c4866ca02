import type { SpecloomConfig, SpecloomPlugin } from '@specloom/core';
import { corePlugin } from '@specloom/core/host';
import { ANY_TEMPLATE } from '@specloom/core/testing';
import type { HostSetup } from './host.js';

/**
 * The specloom config a host that loads config as users do (the remark preset, the ESLint plugin) gets for a
 * case: the rule under test on (on the case's template) and no other rule. The rule's plugin (the tester's
 * `plugin`, else one made for the rule) replaces the host's built-in plugin of the same name, so the rule that
 * runs is the one under test, not the host's installed copy.
 */
export function caseConfig(setup: HostSetup): SpecloomConfig {
  const [pluginName, ruleName] = setup.ruleId.includes('/') ? setup.ruleId.split(/\/(.*)/s) : [undefined, setup.ruleId];
  if (pluginName === undefined && corePlugin.rules?.[ruleName] !== setup.rule) {
    throw new Error(`Rule "${setup.ruleId}" is not a core rule; expected an id of the form "plugin/rule" for a plugin rule`);
  }
  const plugin: SpecloomPlugin = setup.plugin ?? {
    name: pluginName ?? 'rule-tester',
    templates: [setup.template ?? ANY_TEMPLATE],
    rules: pluginName ? { [ruleName]: setup.rule } : {},
  };
  const severity = setup.rule.meta.defaultSeverity ?? 'error';
  // Core rules and the plugin's own are on by default: all off but the one under test.
  const ruleIds = [...Object.keys(corePlugin.rules ?? {}), ...Object.keys(plugin.rules ?? {}).map((name) => `${plugin.name}/${name}`)];
  const rules: NonNullable<SpecloomConfig['rules']> = Object.fromEntries(ruleIds.map((id) => [id, 'off']));
  rules[setup.ruleId] = setup.options === undefined ? severity : [severity, setup.options];
  const templateId = setup.template?.id ?? (setup.plugin ? undefined : ANY_TEMPLATE.id);
  return { plugins: [plugin], templates: templateId ? { '**': templateId } : {}, rules };
}
