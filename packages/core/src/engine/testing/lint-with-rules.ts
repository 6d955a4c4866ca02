import path from 'node:path';
import type {
  LintResult,
  LoadedRule,
  ResolvedConfig,
  Rule,
  RuleSettingResolved,
  TemplateDefinition,
} from '../../types/index.js';
import { createEngine } from '../create-engine.js';
import { defined } from '../../defined.js';

export interface TestConfigOptions {
  /** Rules by full id (`section-required`, `rfc/decision-single`); all of them are on. */
  rules: Record<string, Rule>;
  /** The template every text is linted as; default: one that accepts anything, with an empty schema. */
  template?: TemplateDefinition;
  /** Options by rule id. */
  ruleOptions?: Record<string, unknown>;
  /** Severity by rule id; default the rule's `defaultSeverity`, else error. */
  severity?: Record<string, 'warn' | 'error'>;
  /** Folder the catch-all template glob is relative to (default: the working directory). */
  rootDir?: string;
}

export interface LintWithRulesOptions extends Omit<TestConfigOptions, 'rootDir'> {
  /** Default: the local date. */
  today?: string;
  /** Default `spec.md` (relative to the working directory). */
  filePath?: string;
  fix?: boolean;
}

/** Plugin name the test rules are loaded under (shows in crash messages). */
export const TEST_PLUGIN_NAME = 'test';

/** A template that claims every document, with a schema that asks for nothing. */
export const ANY_TEMPLATE: TemplateDefinition = {
  id: 'any',
  description: 'Any Markdown document (tests).',
  schema: {
    id: 'any',
    metadata: { style: 'front-matter', fields: [], allowUnknown: true },
    sections: [],
    placeholders: [],
  },
  detect: () => 1,
};

/** A `ResolvedConfig` in memory with only the given rules and one template, for engine-level tests. */
export function createTestConfig(options: TestConfigOptions): ResolvedConfig {
  const template = options.template ?? ANY_TEMPLATE;
  const rules: LoadedRule[] = Object.entries(options.rules).map(([id, rule]) => ({ id, plugin: TEST_PLUGIN_NAME, rule }));
  const ruleSettings = new Map<string, RuleSettingResolved>(
    rules.map(({ id, rule }) => [
      id,
      { severity: options.severity?.[id] ?? rule.meta.defaultSeverity ?? 'error', options: options.ruleOptions?.[id] },
    ]),
  );
  return {
    rootDir: options.rootDir ?? process.cwd(),
    plugins: [{ name: TEST_PLUGIN_NAME, templates: [template], rules: options.rules }],
    templates: [template],
    // Matches every path below rootDir, so the given template applies even without a `detect`.
    templateGlobs: [{ glob: '**', templateId: template.id }],
    rules,
    ruleSettings,
    renderers: [],
    ignores: [],
    settings: {},
  };
}

/** Lint one text with the given rules and nothing else: the way rule tests run a rule through the real engine. */
export function lintWithRules(text: string, options: LintWithRulesOptions): LintResult {
  const filePath = options.filePath ?? 'spec.md';
  // The file's own folder as root, so the catch-all glob matches wherever the file is.
  const config = createTestConfig({ ...options, rootDir: path.dirname(path.resolve(filePath)) });
  const [result] = createEngine(config).lintTexts([{ text, filePath }], { fix: options.fix, today: options.today });
  return defined(result, 'one result for one text');
}
