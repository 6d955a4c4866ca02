import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RuleTester } from '@specloom/testing';
import { specDatedPlugin } from '../plugin.js';

/**
 * Rule tests run each case through the engine and the remark preset with the plugin's source; its two templates
 * are detected as in real runs. The date is later than every date in the fixtures.
 */
export const tester = new RuleTester({ plugin: specDatedPlugin, today: '2026-11-22' });

const fixturesDir = path.resolve(import.meta.dirname, '../../test/fixtures');
export const examplesDir = path.resolve(import.meta.dirname, '../../../../examples');

/** The text of a fixture (`valid/SPEC-….md`) under `test/fixtures/`. */
export function fixtureText(relativePath: string): string {
  return readFileSync(path.join(fixturesDir, relativePath), 'utf8');
}

/** The text of a file under the repository's `examples/`. */
export function exampleText(relativePath: string): string {
  return readFileSync(path.join(examplesDir, relativePath), 'utf8');
}

/** Replace exactly one occurrence of `from` (so a test fails loudly when a fixture changes under it). */
export function replaceOnce(text: string, from: string, to: string): string {
  const index = text.indexOf(from);
  if (index === -1 || text.indexOf(from, index + 1) !== -1) throw new Error(`expected exactly one "${from}"`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}
