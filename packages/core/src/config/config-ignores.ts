import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../types/index.js';

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/**
 * Whether the config's `ignores` cover a file. They are relative to the config file's folder, not to where the
 * user runs the command (often a subfolder), so every host (CLI, remark preset) matches them here rather than
 * as cwd-relative `--ignore-pattern`s. As in `findFiles`, a glob that names a folder ignores everything below it.
 */
export function createConfigIgnoreFilter(config: ResolvedConfig): (filePath: string) => boolean {
  if (config.ignores.length === 0) return () => false;
  const patterns = config.ignores.flatMap((glob) => {
    const trimmed = toPosix(glob).replace(/^\.\//u, '').replace(/\/+$/u, '');
    return [trimmed, `${trimmed}/**`];
  });
  const isMatch = picomatch(patterns, { dot: true });
  return (filePath) => {
    const relativePath = toPosix(path.relative(config.rootDir, filePath));
    return !relativePath.startsWith('../') && isMatch(relativePath);
  };
}
