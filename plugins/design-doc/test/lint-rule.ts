import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintResult, Rule, TemplateDefinition } from '@specloom/core';
import { lintWithRules } from '@specloom/core/testing';

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

/**
 * Lint one text through the real engine with only the given rules on, as the given template: how rule tests
 * see exactly what a user would (messages, positions, severities, fixes).
 */
export function lintRule(text: string, options: LintRuleOptions): LintResult {
  return lintWithRules(text, { ...options, today: options.today ?? '2026-11-22' });
}

/** Messages as a person reads them in the CLI: `line:column message`. */
export function messageLines(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.message}`);
}

/** The examples of a rule's doc page, so tests check exactly what the docs show. */
export interface RuleDocExamples {
  /** `markdown` blocks under `### Invalid`. */
  invalid: string[];
  /** `markdown` blocks under `### Valid`. */
  valid: string[];
  /** Lines of the `text` blocks under `### Invalid`: `line:column message`. */
  messages: string[];
}

/** Read `src/rules/<rule>.md` beside the rule and return its examples. */
export function readRuleDocExamples(docPath: string): RuleDocExamples {
  const doc = readFileSync(docPath, 'utf8');
  const invalidStart = doc.indexOf('\n### Invalid\n');
  const validStart = doc.indexOf('\n### Valid\n');
  if (invalidStart === -1 || validStart === -1) throw new Error(`${docPath} has no "### Invalid" and "### Valid" examples`);
  // Four-backtick fences let examples contain code blocks of their own.
  const fence = /^(`{3,})(\w+)\n([\s\S]*?)\n\1$/gm;
  const blocks = (text: string, lang: string) =>
    [...text.matchAll(fence)].filter((match) => match[2] === lang).map((match) => `${match[3]}\n`);
  const invalidPart = doc.slice(invalidStart, validStart);
  return {
    invalid: blocks(invalidPart, 'markdown'),
    valid: blocks(doc.slice(validStart), 'markdown'),
    messages: blocks(invalidPart, 'text').flatMap((block) => block.trim().split('\n')),
  };
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
