import type { WorkerConfigSource } from '../../types/index.js';
import type { CachedPhase } from '../cache/lint-cache.js';

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
