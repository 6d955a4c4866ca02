import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SpecloomConfigError } from '../errors.js';
import { parseJsonText } from './parse-json-text.js';

/** Config file names, in the order they are listed when a folder holds more than one (which is an error). */
export const CONFIG_FILE_NAMES = [
  'specloom.config.js',
  'specloom.config.mjs',
  'specloom.config.cjs',
  'specloom.config.ts',
  'specloom.config.mts',
  'specloom.config.cts',
  'specloom.config.json',
] as const;

/**
 * The config file that applies to `cwd` (a folder, or a file whose folder is used): one of CONFIG_FILE_NAMES,
 * or a package.json with a `specloom` key, in `cwd` or the nearest folder above it. Two of them in one folder
 * are an error rather than a silent choice, and so is a package.json that is not valid JSON (as in ESLint).
 */
export function findConfigFile(cwd: string): string | undefined {
  let directory = path.resolve(cwd);
  if (isFile(directory)) directory = path.dirname(directory);
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((name) => path.join(directory, name)).filter(isFile);
    const packageJson = path.join(directory, 'package.json');
    if (isFile(packageJson) && hasSpecloomKey(packageJson)) found.push(packageJson);
    if (found.length > 1) {
      const names = found.map((filePath) => path.basename(filePath));
      throw new SpecloomConfigError(
        `Unexpected ${found.length} config files in ${directory}: ${names.join(', ')}; expected one (merge them or delete all but one)`,
        { filePath: found[0] },
      );
    }
    if (found.length === 1) return found[0];
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

/** Whether a package.json holds specloom config; a broken one throws the syntax error, naming the line. */
function hasSpecloomKey(packageJsonPath: string): boolean {
  let text: string;
  try {
    text = readFileSync(packageJsonPath, 'utf8');
  } catch {
    return false;
  }
  const data = parseJsonText(text, packageJsonPath);
  return data !== null && typeof data === 'object' && Object.hasOwn(data, 'specloom');
}
