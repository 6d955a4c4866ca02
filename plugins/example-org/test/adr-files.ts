import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');

/** The text of a fixture, as a case file relative to the fixtures folder. */
export function fixtureFile(relativePath: string): { filePath: string; code: string } {
  return { filePath: relativePath, code: readFileSync(path.join(FIXTURES, relativePath), 'utf8') };
}

/** A fixture with one deliberate change: realistic text, one thing wrong. */
export function changedFixture(relativePath: string, from: string, to: string): { filePath: string; code: string } {
  const file = fixtureFile(relativePath);
  if (!file.code.includes(from)) throw new Error(`${relativePath} does not contain ${JSON.stringify(from)}`);
  return { filePath: relativePath, code: file.code.replace(from, to) };
}
