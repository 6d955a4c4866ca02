import { CORE_PLUGIN_NAME } from '../rules/core-plugin.js';
import { closestMatch } from './closest-match.js';

/** Full rule id: `plugin/rule-name`, or the bare rule name for the core plugin's generic rules. */
export function ruleIdFor(pluginName: string, ruleName: string): string {
  return pluginName === CORE_PLUGIN_NAME ? ruleName : `${pluginName}/${ruleName}`;
}

/** Split a full rule id into plugin name and rule name (the plugin name itself may contain `/`). */
export function splitRuleId(ruleId: string): { pluginName: string; ruleName: string } {
  const slash = ruleId.lastIndexOf('/');
  if (slash === -1) return { pluginName: CORE_PLUGIN_NAME, ruleName: ruleId };
  return { pluginName: ruleId.slice(0, slash), ruleName: ruleId.slice(slash + 1) };
}

/**
 * The known rule id a mistyped one most likely meant: the same rule name under another prefix
 * (`decision-single` -> `rfc/decision-single`), else the nearest id by edit distance.
 */
export function suggestRuleId(unknownId: string, knownIds: Iterable<string>): string | undefined {
  const known = [...knownIds];
  const { ruleName } = splitRuleId(unknownId);
  const sameName = known.filter((id) => splitRuleId(id).ruleName === ruleName);
  if (sameName.length === 1) return sameName[0];
  return closestMatch(unknownId, known);
}
