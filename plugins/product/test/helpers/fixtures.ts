import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');
/** `examples/` at the repository root. */
export const examplesDir = path.resolve(import.meta.dirname, '../../../../examples');

/** The text of `test/fixtures/<group>/<name>`. */
export function fixtureText(group: 'valid' | 'invalid', name: string): string {
  return readFileSync(path.join(fixturesDir, group, name), 'utf8');
}

/** File names of the specs in a fixture group (not EXPECTED.md). */
export function fixtureNames(group: 'valid' | 'invalid'): string[] {
  return readdirSync(path.join(fixturesDir, group))
    .filter((name) => name.endsWith('.md') && name !== 'EXPECTED.md')
    .sort();
}

export function fixturePath(group: 'valid' | 'invalid', name: string): string {
  return path.join(fixturesDir, group, name);
}

/** Replace text that must occur exactly once, so a test never silently edits nothing. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  const first = text.indexOf(search);
  if (first === -1 || text.indexOf(search, first + 1) !== -1) {
    throw new Error(`Expected exactly one occurrence of ${JSON.stringify(search)}`);
  }
  return text.slice(0, first) + replacement + text.slice(first + search.length);
}
