import path from 'node:path';
import type { LintResult } from '@specloom/core';
import { lintWithRules, type LintWithRulesOptions } from '@specloom/core/testing';
import { fixtureFolder, RuleTester } from '@specloom/testing';
import { rfcPlugin } from '../src/plugin.js';
import { rfcTemplate } from '../src/templates/rfc.js';

/** The day the fixtures are judged on. */
export const TODAY = '2026-11-22';

/** Rule tests run each case through the engine and the remark preset, with the plugin's source and real template. */
export const tester = new RuleTester({ plugin: rfcPlugin, template: rfcTemplate, today: TODAY });

/** The file name rule doc examples and hand-written cases are linted at (it matters to the RFC number rules). */
export const RFC_FILE_NAME = '0104-ocpi-tariff-sync.md';

/** Lint one text through the real engine with only the given rules on, as the given template (many rules at once). */
export function lintRule(text: string, options: LintWithRulesOptions): LintResult {
  return lintWithRules(text, { ...options, today: options.today ?? TODAY });
}

/** Fixture readers: `fixture`, `fixtureWith` (a realistic document with one deliberate change), `fixtureCase`. */
export const { fixture, fixtureWith, fixtureCase } = fixtureFolder(path.resolve(import.meta.dirname, 'fixtures'));
