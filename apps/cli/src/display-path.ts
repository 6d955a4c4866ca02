import { isAbsolute, relative, sep } from 'node:path';

/** A path as users want to read it: relative to where they ran the command, with `/` separators. */
export function displayPath(filePath: string, cwd: string): string {
  const shown = isAbsolute(filePath) ? relative(cwd, filePath) || filePath : filePath;
  return sep === '/' ? shown : shown.split(sep).join('/');
}
