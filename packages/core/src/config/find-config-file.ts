import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Config file names, in the order they win within one folder (package.json's `specloom` key comes last). */
export const CONFIG_FILE_NAMES = [
  'specloom.config.js',
  'specloom.config.mjs',
  'specloom.config.ts',
  'specloom.config.mts',
  'specloom.config.json',
] as const;

/**
 * The config file that applies to `cwd` (a folder, or a file whose folder is used): the first of
 * CONFIG_FILE_NAMES, or a package.json with a `specloom` key, in `cwd` or the nearest folder above it.
 */
export function findConfigFile(cwd: string): string | undefined {
  let directory = path.resolve(cwd);
  if (isFile(directory)) directory = path.dirname(directory);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (isFile(candidate)) return candidate;
    }
    const packageJson = path.join(directory, 'package.json');
    if (isFile(packageJson) && hasSpecloomKey(packageJson)) return packageJson;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function isFile(filePath: string): boolean {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

function hasSpecloomKey(packageJsonPath: string): boolean {
  let text: string;
  try {
    text = readFileSync(packageJsonPath, 'utf8');
  } catch {
    return false;
  }
  if (!text.includes('"specloom"')) return false;
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return data !== null && typeof data === 'object' && Object.hasOwn(data, 'specloom');
  } catch {
    // Broken JSON that mentions specloom is most likely meant as config: let loading report the syntax error.
    return true;
  }
}
