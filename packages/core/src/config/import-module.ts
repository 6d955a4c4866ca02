import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Jiti } from 'jiti';

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);

let cachedJiti: Jiti | undefined;
let freshJiti: Jiti | undefined;

/**
 * Import a JavaScript or TypeScript file (TypeScript through jiti, no build step needed).
 * `fresh` skips the module cache so an edited config file is picked up by a long-running process
 * (the remark language server); plugins stay cached so the same file gives the same plugin object.
 */
export async function importModule(filePath: string, options: { fresh?: boolean } = {}): Promise<unknown> {
  if (TYPESCRIPT_EXTENSIONS.has(path.extname(filePath).toLowerCase())) {
    // Loaded on first use: most runs have no TypeScript config or plugin, and jiti costs ~50 ms of CPU to load.
    const { createJiti } = await import('jiti');
    const jiti = options.fresh
      ? (freshJiti ??= createJiti(import.meta.url, { moduleCache: false, fsCache: false }))
      : (cachedJiti ??= createJiti(import.meta.url, { fsCache: false }));
    return jiti.import(filePath);
  }
  const url = pathToFileURL(filePath);
  if (options.fresh) url.search = `?mtime=${statSync(filePath).mtimeMs}`;
  return import(url.href);
}

/** What a module exports as its main value: `export default`, or the module itself. */
export function defaultExport(module: unknown): unknown {
  if (!isObjectLike(module) || !('default' in module)) return module;
  const value = module.default;
  // CommonJS transpiled from ESM keeps its real default one level down.
  if (isObjectLike(value) && value.__esModule === true && 'default' in value) return value.default;
  return value;
}

/** A module namespace as a plain object, so key checks see only its exports. */
export function moduleToObject(module: unknown): unknown {
  if (!isObjectLike(module) || Object.getPrototypeOf(module) !== null) return module;
  return { ...module };
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}
