import path from 'node:path';
import { fixtureText, RuleTester } from '@specloom/testing';
import { openSpecPlugin } from '../src/plugin.js';

/** The day the fixtures are judged on. */
export const TODAY = '2026-01-15';

/** Where doc examples and hand-written cases are linted: an OpenSpec tree, so templates are assigned by path too. */
export const CAPABILITY_SPEC_PATH = 'openspec/specs/auth/spec.md';
export const DELTA_SPEC_PATH = 'openspec/changes/add-reset-limits/specs/auth/spec.md';
export const TASKS_PATH = 'openspec/changes/add-reset-limits/tasks.md';

/** Rule tests run each case in the engine, the remark preset and ESLint, under the plugin's source. */
export const tester = new RuleTester({ plugin: openSpecPlugin, today: TODAY });

const fixtures = path.resolve(import.meta.dirname, 'fixtures');

/** A fixture (with some of its text replaced) as a RuleTester file, at its path below `fixtures/<project>/`. */
export function fixtureFile(relativePath: string, replacements: Array<[string, string]> = []): { filePath: string; code: string } {
  return { filePath: relativePath.split('/').slice(1).join('/'), code: fixtureText(fixtures, relativePath, replacements) };
}
