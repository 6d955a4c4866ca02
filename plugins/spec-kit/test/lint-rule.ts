import path from 'node:path';
import { fixtureText as readFixture, RuleTester } from '@specloom/testing';
import { specKitPlugin } from '../src/plugin.js';

/** The day the fixtures are judged on. */
export const TODAY = '2026-01-15';

/**
 * Rule tests run each case in the engine, the remark preset and ESLint, under the plugin's source: its templates
 * are detected as in a real run (spec.md, plan.md and tasks.md each by their own evidence).
 */
export const tester = new RuleTester({ plugin: specKitPlugin, today: TODAY });

const fixtures = path.resolve(import.meta.dirname, 'fixtures');

/** A fixture's text. */
export function fixtureText(relativePath: string): string {
  return readFixture(fixtures, relativePath);
}

/** A fixture (with some of its text replaced) as a RuleTester file, at its path below `fixtures/<set>/`. */
export function fixtureFile(relativePath: string, replacements: Array<[string, string]> = []): { filePath: string; code: string } {
  return { filePath: relativePath.split('/').slice(1).join('/'), code: readFixture(fixtures, relativePath, replacements) };
}
