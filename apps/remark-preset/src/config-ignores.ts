import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '@specloom/core';

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/**
 * Whether the config's `ignores` cover a file, matched as the CLI matches them: relative to the config file's
 * folder, a glob naming a folder covering everything below it. remark has no such list, so the preset applies it.
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
