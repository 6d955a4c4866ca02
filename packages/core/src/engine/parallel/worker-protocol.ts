import type { CachedPhase } from '../cache/lint-cache.js';

/**
 * How a worker loads the same config as the main thread: plugin objects cannot cross threads, so the worker
 * imports the same config file and the same plugin modules itself.
 */
export interface WorkerConfigSource {
  cwd: string;
  /** As given to `loadConfig` (`--config`); undefined searches from `cwd` as the main thread did. */
  configFile?: string;
  /** Resolved module URLs whose default export is a built-in plugin, in the main thread's order. */
  pluginModules: string[];
}

export interface WorkerSetup {
  source: WorkerConfigSource;
  today: string;
  fix: boolean;
  /** Record each file's outside dependencies (its links' targets) for the cache. */
  trackDependencies: boolean;
}

export interface WorkerFile {
  filePath: string;
  text: string;
}

export interface WorkerTask {
  id: number;
  files: WorkerFile[];
}

export type WorkerReply = { id: number; phases: CachedPhase[] } | { id: number; error: string };
