import path from 'node:path';
import { SpecloomConfigError } from '../errors.js';

export type KeyPath = Array<string | number>;

/** Where config values come from, so every message can name the file and the key. */
export interface ConfigSource {
  /** Absolute path of the config file; undefined for zero config or a config object given in code. */
  filePath?: string;
  /** Key path of the config inside the file: `['specloom']` for package.json. */
  keyPrefix: KeyPath;
}

export function configSourceFor(filePath: string | undefined): ConfigSource {
  const keyPrefix = filePath !== undefined && path.basename(filePath) === 'package.json' ? ['specloom'] : [];
  return { filePath, keyPrefix };
}

/** The config file as users see it: relative to the working directory when inside it. */
export function displayConfigFile(filePath: string | undefined): string {
  if (filePath === undefined) return 'specloom config';
  const relative = path.relative(process.cwd(), filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

/** `rules.placeholder`, `plugins[1]`. */
export function formatKeyPath(keyPath: KeyPath): string {
  let text = '';
  for (const segment of keyPath) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${segment}` : segment;
  }
  return text;
}

/**
 * A config error: `specloom.config.json: "rules.placeholder" has an invalid severity …`.
 * `problem` continues the sentence after the quoted key (or starts it when the key path is empty).
 */
export function configError(
  source: ConfigSource,
  keyPath: KeyPath,
  problem: string,
  cause?: unknown,
): SpecloomConfigError {
  const fullPath = [...source.keyPrefix, ...keyPath];
  const subject = fullPath.length > 0 ? `"${formatKeyPath(fullPath)}" ${problem}` : capitalize(problem);
  const sentence = /[.?!]$/.test(subject) ? subject : `${subject}.`;
  return new SpecloomConfigError(`${displayConfigFile(source.filePath)}: ${sentence}`, {
    filePath: source.filePath,
    cause,
  });
}

/** A value as a message names it: `the string "warning"`, `the number 3`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  return 'an object';
}

/** `"a", "b" or "c"`: strings quoted, numbers bare. */
export function formatList(values: ReadonlyArray<string | number>, conjunction = 'or'): string {
  const items = values.map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)));
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The first line of an error's message: the part a user needs, without stacks or code frames. */
export function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** The value at `keyPath` inside `root`, or undefined. */
export function valueAt(root: unknown, keyPath: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const segment of keyPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
