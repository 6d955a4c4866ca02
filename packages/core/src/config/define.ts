import type { SpecloomConfig } from '../types/config.js';
import type { SpecloomPlugin } from '../types/plugin.js';
import type { Rule } from '../types/rule.js';

// Identity functions: they exist so config files, plugins and rules get type checking and completion.

export function defineConfig(config: SpecloomConfig): SpecloomConfig {
  return config;
}

export function definePlugin(plugin: SpecloomPlugin): SpecloomPlugin {
  return plugin;
}

export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
