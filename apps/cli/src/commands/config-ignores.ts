import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '@specloom/core';

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/**
 * Config `ignores` are relative to the config file's folder, not to where the user runs the command (often a
 * subfolder), so they are matched here rather than passed to `findFiles` with the cwd-relative `--ignore-pattern`s.
 * As in `findFiles`, a glob that names a folder ignores everything below it.
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
