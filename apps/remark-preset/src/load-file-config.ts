import path from 'node:path';
import type { ResolvedConfig } from '@specloom/core';
import { createConfigIgnoreFilter, findConfigFile, loadConfig, resolveConfig } from '@specloom/core/host';
import { applyRuleOverrides } from './apply-rule-overrides.js';
import { builtinPlugins } from './builtin-plugins.js';

/** The specloom config that governs one file, with the `.remarkrc` rule settings applied. */
export interface FileConfig {
  /** Same key, same config: files that share it are one workspace. */
  key: string;
  config: ResolvedConfig;
  isIgnored(filePath: string): boolean;
}

export interface FileConfigRequest {
  /** Folder of the file being processed: the search for `specloom.config.*` starts there, as the CLI's does from its cwd. */
  directory: string;
  /** remark's working directory: the root of the zero-config default, shared by every file without a config. */
  cwd: string;
  overrides: Record<string, unknown>;
}

/** A config load that has finished: the config, or the error every file it governs reports. */
export type SettledFileConfig = { fileConfig: FileConfig } | { error: unknown };

export interface FileConfigLoader {
  load(request: FileConfigRequest): Promise<FileConfig>;
  /** The outcome when this config has finished loading already, so a file can be linted without waiting. */
  peek(request: FileConfigRequest): SettledFileConfig | undefined;
}

/**
 * Loads each config once per loader (one loader per remark run, so an editor sees config edits on its next
 * check). Failures are kept too: every file the config governs reports the same clear error.
 */
export function createFileConfigLoader(): FileConfigLoader {
  const configFiles = new Map<string, string | undefined>();
  const baseConfigs = new Map<string, Promise<ResolvedConfig>>();
  const fileConfigs = new Map<string, Promise<FileConfig>>();
  const settled = new Map<string, SettledFileConfig>();

  function configFileFor(directory: string): string | undefined {
    if (!configFiles.has(directory)) configFiles.set(directory, findConfigFile(directory));
    return configFiles.get(directory);
  }

  function baseConfig(configFile: string | undefined, cwd: string): { key: string; config: Promise<ResolvedConfig> } {
    const key = configFile ?? `zero-config:${cwd}`;
    const cached = baseConfigs.get(key);
    if (cached) return { key, config: cached };
    const config = configFile
      ? loadConfig({ cwd: path.dirname(configFile), configFile, builtinPlugins })
      : resolveConfig({}, { rootDir: cwd, builtinPlugins });
    baseConfigs.set(key, config);
    return { key, config };
  }

  function keyFor(request: FileConfigRequest): string {
    const configFile = configFileFor(request.directory);
    return `${configFile ?? `zero-config:${request.cwd}`}\n${JSON.stringify(request.overrides)}`;
  }

  return {
    load(request) {
      const key = keyFor(request);
      const cached = fileConfigs.get(key);
      if (cached) return cached;
      const base = baseConfig(configFileFor(request.directory), request.cwd);
      const fileConfig = base.config
        .then((config) => applyRuleOverrides(config, request.overrides))
        .then((config): FileConfig => ({ key, config, isIgnored: createConfigIgnoreFilter(config) }));
      fileConfigs.set(key, fileConfig);
      fileConfig.then(
        (value) => settled.set(key, { fileConfig: value }),
        (error: unknown) => settled.set(key, { error }),
      );
      return fileConfig;
    },
    peek(request) {
      return settled.get(keyFor(request));
    },
  };
}
