import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintResult, Rule, TemplateDefinition } from '@specloom/core';
import { lintWithRules } from '@specloom/core/testing';
import { RuleTester } from '@specloom/testing';
import { designDocPlugin } from '../src/plugin.js';
import { designDocTemplate } from '../src/templates/design-doc.js';

/** The day the fixtures are judged on. */
export const TODAY = '2026-11-22';

/** Rule tests run each case through the engine and the remark preset, with the plugin's source and real template. */
export const tester = new RuleTester({ plugin: designDocPlugin, template: designDocTemplate, today: TODAY });

export interface LintRuleOptions {
  /** Rules by full id (`design-doc/front-matter`). */
  rules: Record<string, Rule>;
  /** The template every text is linted as (the plugin's real template). */
  template: TemplateDefinition;
  ruleOptions?: Record<string, unknown>;
  /** Default `spec.md` in the working directory. */
  filePath?: string;
  /** Default 2026-11-22, the day the fixtures are judged on. */
  today?: string;
  fix?: boolean;
}

/** Lint one text through the real engine with only the given rules on, as the given template (many rules at once). */
export function lintRule(text: string, options: LintRuleOptions): LintResult {
  return lintWithRules(text, { ...options, today: options.today ?? TODAY });
}

/** A fixture file's text. */
export function fixture(relativePath: string): { text: string; filePath: string } {
  const filePath = path.resolve(import.meta.dirname, 'fixtures', relativePath);
  return { text: readFileSync(filePath, 'utf8'), filePath };
}

/** A fixture with some of its text replaced: a realistic document with one deliberate change. */
export function fixtureWith(relativePath: string, replacements: Array<[string, string]>): { text: string; filePath: string } {
  const { text, filePath } = fixture(relativePath);
  let changed = text;
  for (const [from, to] of replacements) {
    if (!changed.includes(from)) throw new Error(`${relativePath} does not contain ${JSON.stringify(from)}`);
    changed = changed.replace(from, to);
  }
  return { text: changed, filePath };
}

/** A fixture (with some of its text replaced) as a RuleTester case, at its own file name. */
export function fixtureCase(relativePath: string, replacements: Array<[string, string]> = []): { code: string; filePath: string } {
  return { code: fixtureWith(relativePath, replacements).text, filePath: path.basename(relativePath) };
}
