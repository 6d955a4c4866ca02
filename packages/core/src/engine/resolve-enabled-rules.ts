import { ruleDocsUrlOf } from '../config/rule-docs-url.js';
import type { ResolvedConfig, Rule, WorkspaceRule, DocumentRule } from '../types/index.js';

/** A rule that is on for this engine, with everything the runner needs precomputed once. */
export interface EnabledRule {
  id: string;
  plugin: string;
  rule: Rule;
  /** Configured severity: 1 warn, 2 error. */
  severity: 1 | 2;
  /** Configured options over `meta.defaultOptions`. */
  options: unknown;
  url?: string;
  /** Template ids the rule runs on; undefined means every template. */
  templates?: ReadonlySet<string>;
}

export interface EnabledDocumentRule extends EnabledRule {
  rule: DocumentRule;
}

export interface EnabledWorkspaceRule extends EnabledRule {
  rule: WorkspaceRule;
}

export interface EnabledRules {
  document: EnabledDocumentRule[];
  workspace: EnabledWorkspaceRule[];
}

/** `meta.templates`, else the rule's own plugin's templates, else (no templates, e.g. core) all. */
function ruleTemplates(config: ResolvedConfig, plugin: string, rule: Rule): ReadonlySet<string> | undefined {
  if (rule.meta?.templates) return new Set(rule.meta.templates);
  const own = config.plugins.find((candidate) => candidate.name === plugin)?.templates ?? [];
  return own.length > 0 ? new Set(own.map((template) => template.id)) : undefined;
}

/** The enabled rules that apply to one template. */
export function rulesForTemplate(rules: EnabledRules, templateId: string): EnabledRules {
  const applies = (rule: EnabledRule) => !rule.templates || rule.templates.has(templateId);
  return { document: rules.document.filter(applies), workspace: rules.workspace.filter(applies) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Configured options win; object options are merged key by key over the defaults. */
export function mergeRuleOptions(defaults: unknown, configured: unknown): unknown {
  if (configured === undefined) return defaults;
  if (isPlainObject(defaults) && isPlainObject(configured)) return { ...defaults, ...configured };
  return configured;
}

export function isWorkspaceRule(rule: Rule): rule is WorkspaceRule {
  return rule.meta?.scope === 'workspace';
}

/** The enabled rules in config order, split by scope. */
export function resolveEnabledRules(config: ResolvedConfig): EnabledRules {
  const enabled: EnabledRules = { document: [], workspace: [] };
  for (const loaded of config.rules) {
    const setting = config.ruleSettings.get(loaded.id);
    if (!setting) continue;
    const base: EnabledRule = {
      id: loaded.id,
      plugin: loaded.plugin,
      rule: loaded.rule,
      severity: setting.severity === 'warn' ? 1 : 2,
      options: mergeRuleOptions(loaded.rule.meta?.defaultOptions, setting.options),
      url: ruleDocsUrlOf(loaded, config.plugins),
      templates: ruleTemplates(config, loaded.plugin, loaded.rule),
    };
    if (isWorkspaceRule(loaded.rule)) enabled.workspace.push({ ...base, rule: loaded.rule });
    else enabled.document.push({ ...base, rule: loaded.rule as DocumentRule });
  }
  return enabled;
}
