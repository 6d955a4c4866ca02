import type { LoadedRule, SeverityName } from '@specloom/core';
import { CORE_PLUGIN_NAME, corePlugin } from '@specloom/core/host';
import { builtinPlugins } from './builtin-plugins.js';
import { createEslintPlugin } from './create-eslint-plugin.js';
import { createWorkerBackend } from './lint-backends.js';

const plugins = [corePlugin, ...builtinPlugins];

/** The rules of core and the built-in plugins with their full ids, in the order specloom loads them. */
const rules: LoadedRule[] = plugins.flatMap((plugin) =>
  Object.entries(plugin.rules ?? {}).map(([name, rule]) => ({
    id: plugin.name === CORE_PLUGIN_NAME ? name : `${plugin.name}/${name}`,
    plugin: plugin.name,
    rule,
  })),
);

/** The zero-config rule set: recommended rules at their default severity, as `specloom lint` without config. */
const enabled = new Map<string, Exclude<SeverityName, 'off'>>(
  rules.filter(({ rule }) => rule.meta.docs.recommended).map(({ id, rule }) => [id, rule.meta.defaultSeverity ?? 'error']),
);

/**
 * `eslint-plugin-specloom`: the built-in templates' rules; each file's templates, settings and rule options come
 * from the `specloom.config.*` found from it, as in the CLI and the remark preset.
 */
const plugin = createEslintPlugin({ rules, plugins, enabled, backend: createWorkerBackend() });

export default plugin;
