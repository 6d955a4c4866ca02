import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SpecloomPlugin } from '../types/plugin.js';
import { configError, errorSummary, formatKeyPath, isPlainObject, type ConfigSource } from './config-messages.js';
import { defaultExport, importModule, moduleToObject } from './import-module.js';
import { findPluginProblem, isValidPlugin } from './validate-plugin.js';

export interface PluginLoadOptions {
  /** Folder package names and relative paths are resolved from: the config file's folder. */
  rootDir: string;
  source: ConfigSource;
}

/**
 * The plugins in order: the core plugin, the app's built-in plugins, then the config's `plugins`
 * (package names, paths or objects). A config entry that is the very same object as an already loaded
 * plugin (listing a built-in plugin's package again) is skipped. A config entry named as a built-in plugin
 * replaces it in place: the copy the config names wins (a newer install of the package, or a plugin's source
 * under test), as config wins over defaults. Any other repeated name (the core plugin's, or two config
 * entries) is an error.
 */
export async function loadPlugins(
  corePlugin: SpecloomPlugin,
  builtinPlugins: SpecloomPlugin[],
  entries: Array<string | SpecloomPlugin>,
  options: PluginLoadOptions,
): Promise<SpecloomPlugin[]> {
  const plugins: SpecloomPlugin[] = [];
  const origins = new Map<string, string>();
  const builtinNames = new Set<string>();
  const add = (plugin: SpecloomPlugin, origin: string, keyPath: Array<string | number>, label = '') => {
    const earlier = origins.get(plugin.name);
    if (earlier !== undefined && keyPath.length > 0 && builtinNames.delete(plugin.name)) {
      plugins[plugins.findIndex((loaded) => loaded.name === plugin.name)] = plugin;
      origins.set(plugin.name, origin);
      return;
    }
    if (earlier !== undefined) {
      const problem = `is named "${plugin.name}", as is ${earlier}; expected each plugin name once`;
      throw keyPath.length > 0
        ? configError(options.source, keyPath, `(${label}) ${problem}`)
        : configError(options.source, [], `${origin} ${problem}`);
    }
    origins.set(plugin.name, origin);
    plugins.push(plugin);
  };

  add(corePlugin, 'the core plugin', []);
  for (const plugin of builtinPlugins) {
    add(plugin, `the built-in plugin "${plugin.name}"`, []);
    builtinNames.add(plugin.name);
  }
  for (const [index, entry] of entries.entries()) {
    const keyPath = ['plugins', index];
    const plugin = await loadPluginEntry(entry, keyPath, options);
    if (plugins.includes(plugin)) continue;
    const label = pluginLabel(entry);
    add(plugin, `"${formatKeyPath([...options.source.keyPrefix, ...keyPath])}" (${label})`, keyPath, label);
  }
  return plugins;
}

async function loadPluginEntry(
  entry: string | SpecloomPlugin,
  keyPath: Array<string | number>,
  options: PluginLoadOptions,
): Promise<SpecloomPlugin> {
  const label = pluginLabel(entry);
  let candidate: unknown = entry;
  if (typeof entry === 'string') {
    const filePath = await resolvePluginPath(entry, keyPath, options);
    let module: unknown;
    try {
      module = await importModule(filePath);
    } catch (error) {
      throw configError(options.source, keyPath, `(${label}) cannot be loaded: ${errorSummary(error)}`, error);
    }
    candidate = pluginExport(module);
  }
  const problem = findPluginProblem(candidate);
  if (problem !== undefined) {
    throw configError(options.source, keyPath, `(${label}) is not a valid specloom plugin: ${problem}`);
  }
  return candidate as SpecloomPlugin;
}

async function resolvePluginPath(entry: string, keyPath: Array<string | number>, options: PluginLoadOptions): Promise<string> {
  if (isPathLike(entry)) {
    const filePath = path.resolve(options.rootDir, entry);
    if (!existsSync(filePath)) {
      throw configError(
        options.source,
        keyPath,
        `("${entry}") cannot be found (looked for ${filePath}); expected a plugin file relative to the config file`,
      );
    }
    return filePath;
  }
  const parent = path.join(options.rootDir, 'noop.js');
  // Loaded on first use: only a config that names a plugin package needs the resolver.
  const { resolve: resolveImport } = await import('import-meta-resolve');
  try {
    // The ESM resolver honours `exports` with `import` conditions (ESM-only packages)…
    const url = resolveImport(entry, pathToFileURL(parent).href);
    if (url.startsWith('file:')) return fileURLToPath(url);
    throw new Error(`"${entry}" is not a file`);
  } catch (importError) {
    try {
      // …and `require` resolution still finds CommonJS-only packages whose `exports` lack `import`.
      return createRequire(parent).resolve(entry);
    } catch {
      const code = (importError as { code?: unknown }).code;
      const reason =
        code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND'
          ? `cannot be found from ${options.rootDir}; expected an installed package name or a path such as "./plugin.js"`
          : `cannot be resolved from ${options.rootDir}: ${errorSummary(importError)}`;
      throw configError(options.source, keyPath, `("${entry}") ${reason}`, importError);
    }
  }
}

/** A plugin module's plugin: its default export, a `plugin` export, or the module's own exports. */
function pluginExport(module: unknown): unknown {
  const main = defaultExport(module);
  const candidates = [
    main,
    isPlainObject(module) ? module.plugin : undefined,
    isPlainObject(main) ? main.plugin : undefined,
    moduleToObject(module),
  ];
  return (
    candidates.find(isValidPlugin) ??
    candidates.find((candidate) => isPlainObject(candidate) && typeof candidate.name === 'string') ??
    main
  );
}

function isPathLike(entry: string): boolean {
  return entry.startsWith('./') || entry.startsWith('../') || entry.startsWith('.\\') || entry.startsWith('..\\') || path.isAbsolute(entry);
}

function pluginLabel(entry: unknown): string {
  if (typeof entry === 'string') return `"${entry}"`;
  if (isPlainObject(entry) && typeof entry.name === 'string') return `plugin object "${entry.name}"`;
  return 'plugin object';
}
