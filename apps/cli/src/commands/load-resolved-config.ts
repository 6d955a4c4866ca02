import type { ResolvedConfig } from '@specloom/core';
import { loadConfig } from '@specloom/core/host';
import type { CliRuntime } from '../runtime.js';

/** `--config` is passed as typed (core resolves it against the cwd) so error messages quote the user's words. */
export async function loadResolvedConfig(configPath: string | undefined, runtime: CliRuntime): Promise<ResolvedConfig> {
  return loadConfig({
    cwd: runtime.cwd,
    configFile: configPath,
    builtinPlugins: await runtime.loadBuiltinPlugins(),
  });
}
