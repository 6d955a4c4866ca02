import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SpecloomConfigError } from '../errors.js';
import { displayConfigFile, errorSummary } from './config-messages.js';
import { defaultExport, importModule, moduleToObject } from './import-module.js';
import { parseJsonText } from './parse-json-text.js';

const MODULE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts']);

/** The raw config a file holds (not yet validated): its default export, JSON, or package.json's `specloom`. */
export async function readConfigFile(filePath: string): Promise<unknown> {
  const extension = path.extname(filePath).toLowerCase();
  const name = displayConfigFile(filePath);
  if (extension === '.json') {
    // package.json is plain JSON (npm reads it); a specloom.config.json may carry comments, as tsconfig.json does.
    const isPackageJson = path.basename(filePath) === 'package.json';
    const data = parseJsonText(await readText(filePath), filePath, { comments: !isPackageJson });
    if (!isPackageJson) return data;
    if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'specloom')) {
      throw new SpecloomConfigError(`${name}: Missing "specloom" key; expected the specloom config under it.`, {
        filePath,
      });
    }
    return (data as Record<string, unknown>).specloom;
  }
  if (!MODULE_EXTENSIONS.has(extension)) {
    throw new SpecloomConfigError(
      `${name}: Unexpected config file type "${extension || path.basename(filePath)}", expected .js, .mjs, .cjs, .ts, .mts, .cts or .json.`,
      { filePath },
    );
  }
  let module: unknown;
  try {
    module = await importModule(filePath, { fresh: true });
  } catch (error) {
    if (error instanceof SpecloomConfigError) throw error;
    throw new SpecloomConfigError(`${name}: Cannot load the config file: ${errorSummary(error)}`, {
      filePath,
      cause: error,
    });
  }
  const config = defaultExport(module);
  return config === module ? moduleToObject(module) : config;
}

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    throw new SpecloomConfigError(`${displayConfigFile(filePath)}: Cannot read the config file: ${errorSummary(error)}`, {
      filePath,
      cause: error,
    });
  }
}
