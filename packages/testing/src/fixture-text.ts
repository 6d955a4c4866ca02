import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A fixture file's text with some of it replaced: a realistic document with one deliberate change. Each
 * replaced text must occur in the file; otherwise the test would quietly check the unchanged fixture.
 */
export function fixtureText(folder: string, relativePath: string, replacements: ReadonlyArray<readonly [string, string]> = []): string {
  let text = readFileSync(path.join(folder, relativePath), 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${relativePath} does not contain ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

export interface FixtureFolder {
  /** A fixture's text and absolute path. */
  fixture(relativePath: string): { text: string; filePath: string };
  /** The same with some of its text replaced. */
  fixtureWith(relativePath: string, replacements: ReadonlyArray<readonly [string, string]>): { text: string; filePath: string };
  /** A fixture (with some of its text replaced) as a `RuleTester` case, at its own file name. */
  fixtureCase(relativePath: string, replacements?: ReadonlyArray<readonly [string, string]>): { code: string; filePath: string };
}

/** Readers of a plugin's test fixtures: `const { fixture, fixtureCase } = fixtureFolder(path.resolve(import.meta.dirname, 'fixtures'))`. */
export function fixtureFolder(folder: string): FixtureFolder {
  const fixtureWith: FixtureFolder['fixtureWith'] = (relativePath, replacements) => ({
    text: fixtureText(folder, relativePath, replacements),
    filePath: path.join(folder, relativePath),
  });
  return {
    fixture: (relativePath) => fixtureWith(relativePath, []),
    fixtureWith,
    fixtureCase: (relativePath, replacements = []) => ({ code: fixtureText(folder, relativePath, replacements), filePath: path.basename(relativePath) }),
  };
}
