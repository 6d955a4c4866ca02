import { statSync } from 'node:fs';
import path from 'node:path';
import { SpecloomConfigError } from '../errors.js';
import type { ResolvedConfig } from '../types/engine.js';
import type { SpecloomPlugin } from '../types/plugin.js';
import { findConfigFile } from './find-config-file.js';
import { readConfigFile } from './read-config-file.js';
import { resolveConfig } from './resolve-config.js';

export { findConfigFile } from './find-config-file.js';

export interface LoadConfigOptions {
  /** Where the search for a config file starts; also the root of the zero-config default. */
  cwd: string;
  /** A config file to use instead of searching (relative to `cwd`). */
  configFile?: string;
  /** Plugins the app ships (the CLI's template families); always loaded after the core plugin. */
  builtinPlugins: SpecloomPlugin[];
}

/** Find (or take), read and resolve the config; without a config file, the zero-config default. */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd);
  const filePath = options.configFile === undefined ? findConfigFile(cwd) : givenConfigFile(cwd, options.configFile);
  if (filePath === undefined) {
    return resolveConfig({}, { rootDir: cwd, builtinPlugins: options.builtinPlugins });
  }
  const config = await readConfigFile(filePath);
  return resolveConfig(config, { rootDir: path.dirname(filePath), filePath, builtinPlugins: options.builtinPlugins });
}

function givenConfigFile(cwd: string, configFile: string): string {
  const filePath = path.resolve(cwd, configFile);
  let isFile: boolean;
  try {
    isFile = statSync(filePath).isFile();
  } catch {
    throw new SpecloomConfigError(`Cannot find config file "${configFile}" (looked for ${filePath}).`, { filePath });
  }
  if (!isFile) {
    throw new SpecloomConfigError(`Unexpected folder as config file "${configFile}", expected a file.`, { filePath });
  }
  return filePath;
}
