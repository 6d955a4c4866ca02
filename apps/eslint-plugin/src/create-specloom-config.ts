import type { SeverityName, SpecloomConfig } from '@specloom/core';
import { resolveConfig } from '@specloom/core/host';
import type { Linter } from 'eslint';
import { builtinPlugins } from './builtin-plugins.js';
import { createEslintPlugin } from './create-eslint-plugin.js';
import { createInProcessBackend } from './lint-backends.js';

export interface SpecloomConfigOptions {
  /** Folder the config's plugin paths, template files and globs are relative to, and the workspace root; default the cwd. */
  rootDir?: string;
}

/**
 * An ESLint flat config that carries its specloom config instead of a `specloom.config.*` on disk: plugins
 * (package names, paths or plugin objects), templates, rules, settings and ignores, as `defineConfig` takes
 * them. It is resolved now (hence `await`), so the ESLint plugin it brings has the rules of the config's own
 * plugins too, and the rules `recommended` turns on are the config's.
 */
export async function createSpecloomConfig(config: SpecloomConfig = {}, options: SpecloomConfigOptions = {}): Promise<Linter.Config> {
  const rootDir = options.rootDir ?? process.cwd();
  const resolved = await resolveConfig(config, { rootDir, builtinPlugins });
  const enabled = new Map<string, Exclude<SeverityName, 'off'>>([...resolved.ruleSettings].map(([id, setting]) => [id, setting.severity]));
  const plugin = createEslintPlugin({
    rules: resolved.rules,
    plugins: resolved.plugins,
    enabled,
    backend: createInProcessBackend(resolved, `eslint-config:${rootDir}`),
  });
  return { ...plugin.configs.recommended, name: 'specloom/config' };
}
