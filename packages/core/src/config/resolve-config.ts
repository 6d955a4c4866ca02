import { corePlugin } from '../rules/core-plugin.js';
import type { ResolvedConfig } from '../types/engine.js';
import type { SpecloomPlugin } from '../types/plugin.js';
import { checkReservedIds } from './check-reserved-ids.js';
import { configSourceFor } from './config-messages.js';
import { parseConfigShape } from './config-schema.js';
import { loadPlugins } from './load-plugins.js';
import { loadRules, resolveRuleSettings } from './resolve-rules.js';
import { resolveTemplates } from './resolve-templates.js';

export interface ResolveConfigOptions {
  /** Folder plugin paths, template files and globs are relative to. */
  rootDir: string;
  /** The config file the value came from, named in error messages. */
  filePath?: string;
  /** The app's plugins, loaded after the core plugin and before the config's own. */
  builtinPlugins: SpecloomPlugin[];
}

/**
 * Validate a config value and turn it into what the engine runs: plugins imported, rules with full
 * ids and settings, templates (inferred from Markdown where configured). Bad config throws a
 * SpecloomConfigError naming the file, the key and what was expected.
 */
export async function resolveConfig(config: unknown, options: ResolveConfigOptions): Promise<ResolvedConfig> {
  const source = configSourceFor(options.filePath);
  const parsed = parseConfigShape(config, source);
  const plugins = await loadPlugins(corePlugin, options.builtinPlugins, parsed.plugins ?? [], {
    rootDir: options.rootDir,
    source,
  });
  const rules = loadRules(plugins, source);
  const ruleSettings = resolveRuleSettings(rules, parsed.rules ?? {}, source);
  const { templates, templateGlobs } = await resolveTemplates(plugins, parsed.templates ?? {}, {
    rootDir: options.rootDir,
    source,
  });
  checkReservedIds(parsed.settings?.reservedIds, templates, source);
  return {
    filePath: options.filePath,
    rootDir: options.rootDir,
    plugins,
    templates,
    templateGlobs,
    rules,
    ruleSettings,
    renderers: plugins.flatMap((plugin) => plugin.renderers ?? []),
    ignores: parsed.ignores ?? [],
    settings: parsed.settings ?? {},
    ...(parsed.limits ? { limits: parsed.limits } : {}),
  };
}
