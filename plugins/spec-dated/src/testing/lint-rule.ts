import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, type LintResult, type ResolvedConfig, type Rule } from '@specloom/core';
import { specDatedPlugin } from '../plugin.js';

export interface LintRuleOptions {
  /** Default `spec.md` in the working directory. */
  filePath?: string;
  /** Default 2026-11-22, later than every date in the fixtures. */
  today?: string;
  fix?: boolean;
}

/** A config with the plugin's two templates (detected as in real runs) and one of its rules on. */
function configFor(ruleName: string): ResolvedConfig {
  const rule: Rule | undefined = specDatedPlugin.rules?.[ruleName];
  if (!rule) throw new Error(`spec-dated has no rule "${ruleName}"`);
  const id = `spec-dated/${ruleName}`;
  return {
    rootDir: process.cwd(),
    plugins: [specDatedPlugin],
    templates: specDatedPlugin.templates ?? [],
    templateGlobs: [],
    rules: [{ id, plugin: specDatedPlugin.name, rule }],
    ruleSettings: new Map([[id, { severity: rule.meta.defaultSeverity ?? 'error', options: undefined }]]),
    renderers: [],
    ignores: [],
    settings: {},
  };
}

/** Lint one text with one rule of this plugin through the real engine. */
export function lintRule(ruleName: string, text: string, options: LintRuleOptions = {}): LintResult {
  const engine = createEngine(configFor(ruleName));
  const [result] = engine.lintTexts([{ text, filePath: options.filePath ?? 'spec.md' }], {
    today: options.today ?? '2026-11-22',
    fix: options.fix,
  });
  return result;
}

/** Messages as a person reads them: `line:column message`. */
export function messageLines(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.message}`);
}

/** Messages with their severity: `line:column warn|error message`. */
export function severityLines(result: LintResult): string[] {
  return result.messages.map(
    (message) => `${message.line}:${message.column} ${message.severity === 2 ? 'error' : 'warn'} ${message.message}`,
  );
}

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

/** The valid fixtures and the clean examples of both templates: no rule may report anything on them. */
export const cleanSpecs = [
  'valid/SPEC-2026-01-14-001-tariff-preview.md',
  'valid/SPEC-2026-02-10-002-charger-reservations.md',
  'valid/SPEC-2026-03-09-001-idle-fee-notifications.md',
  'valid/SPEC-2026-05-11-002-heartbeat-tuning.md',
  'valid/SPEC-2026-06-22-001-invoice-credit-notes.md',
  'valid/SPEC-2026-09-01-003-gdpr-data-export.md',
].map((file) => ({ name: file, text: () => fixtureText(file) }))
  .concat(
    ['feature/SPEC-2026-03-02-001-bulk-export.md', 'why-what-how/SPEC-2026-04-15-002-rate-limiting.md'].map((file) => ({
      name: `examples/${file}`,
      text: () => exampleText(file),
    })),
  );

/** Replace exactly one occurrence of `from` (so a test fails loudly when a fixture changes under it). */
export function replaceOnce(text: string, from: string, to: string): string {
  const index = text.indexOf(from);
  if (index === -1 || text.indexOf(from, index + 1) !== -1) throw new Error(`expected exactly one "${from}"`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}
