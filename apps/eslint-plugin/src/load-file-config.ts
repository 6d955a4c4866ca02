import { statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '@specloom/core';
import { findConfigFile, loadConfig, resolveConfig } from '@specloom/core/host';
import { builtinPlugins } from './builtin-plugins.js';
import type { KeyedConfig } from './file-linter.js';

function modifiedAt(filePath: string): number {
  try {
    return statSync(filePath).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The `specloom.config.*` (or `specloom` key in package.json) that governs a file, found upward from its folder
 * as the CLI and the remark preset find it; without one, the zero-config default rooted at ESLint's cwd. Each is
 * loaded once per process and again when its file changes (an editor's ESLint server lives long).
 */
export function createConfigLoader(): (filePath: string | undefined, cwd: string) => Promise<KeyedConfig> {
  const configFiles = new Map<string, string | undefined>();
  const loaded = new Map<string, { modified: number; config: Promise<ResolvedConfig> }>();

  return async (filePath, cwd) => {
    const directory = filePath ? path.dirname(filePath) : cwd;
    if (!configFiles.has(directory)) configFiles.set(directory, findConfigFile(directory));
    const configFile = configFiles.get(directory);
    const key = configFile ?? `zero-config:${cwd}`;
    const modified = configFile ? modifiedAt(configFile) : 0;
    let entry = loaded.get(key);
    if (!entry || entry.modified !== modified) {
      const config = configFile
        ? loadConfig({ cwd: path.dirname(configFile), configFile, builtinPlugins })
        : resolveConfig({}, { rootDir: cwd, builtinPlugins });
      entry = { modified, config };
      loaded.set(key, entry);
    }
    return { key: `${key}\n${modified}`, config: await entry.config };
  };
}
